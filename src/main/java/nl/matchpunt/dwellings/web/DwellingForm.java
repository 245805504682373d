package nl.matchpunt.dwellings.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.matchpunt.dwellings.DwellingData;
import nl.matchpunt.dwellings.DwellingView;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a corporation user types to register or edit a vacancy. The rules are those of {@link DwellingData}
 * (checked by the service, so that form, CSV and API share them); {@code version} is the version the user
 * started editing from.
 */
public class DwellingForm {

    private String ownReference = "";

    private String street = "";

    private @Nullable Integer houseNumber;

    private String houseNumberAddition = "";

    private String postcode = "";

    private String city = "Amsterdam";

    private @Nullable Long districtId;

    private @Nullable Long areaId;

    private @Nullable BigDecimal rent;

    private @Nullable Integer rooms;

    private @Nullable Integer livingArea;

    private @Nullable Integer floor;

    private boolean elevator;

    private boolean accessible;

    private boolean sharedEntrance;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate availableFrom;

    private String note = "";

    private long version;

    static DwellingForm of(DwellingView dwelling) {
        DwellingForm form = new DwellingForm();
        form.ownReference = dwelling.ownReference();
        form.street = dwelling.street();
        form.houseNumber = dwelling.houseNumber();
        form.houseNumberAddition = dwelling.houseNumberAddition() == null ? "" : dwelling.houseNumberAddition();
        form.postcode = dwelling.postcode();
        form.city = dwelling.city();
        form.districtId = dwelling.districtId();
        form.areaId = dwelling.areaId();
        form.rent = dwelling.rent();
        form.rooms = dwelling.rooms();
        form.livingArea = dwelling.livingArea();
        form.floor = dwelling.floor();
        form.elevator = dwelling.elevator();
        form.accessible = dwelling.accessible();
        form.sharedEntrance = dwelling.sharedEntrance();
        form.availableFrom = dwelling.availableFrom();
        form.note = dwelling.note() == null ? "" : dwelling.note();
        form.version = dwelling.version();
        return form;
    }

    DwellingData toData() {
        return new DwellingData(
                ownReference,
                street,
                houseNumber,
                houseNumberAddition,
                postcode,
                city,
                districtId,
                areaId,
                rent,
                rooms,
                livingArea,
                floor,
                elevator,
                accessible,
                sharedEntrance,
                availableFrom,
                note);
    }

    public String getOwnReference() {
        return ownReference;
    }

    public void setOwnReference(@Nullable String ownReference) {
        this.ownReference = ownReference == null ? "" : ownReference;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(@Nullable String street) {
        this.street = street == null ? "" : street;
    }

    public @Nullable Integer getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(@Nullable Integer houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getHouseNumberAddition() {
        return houseNumberAddition;
    }

    public void setHouseNumberAddition(@Nullable String houseNumberAddition) {
        this.houseNumberAddition = houseNumberAddition == null ? "" : houseNumberAddition;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(@Nullable String postcode) {
        this.postcode = postcode == null ? "" : postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(@Nullable String city) {
        this.city = city == null ? "" : city;
    }

    public @Nullable Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(@Nullable Long districtId) {
        this.districtId = districtId;
    }

    public @Nullable Long getAreaId() {
        return areaId;
    }

    public void setAreaId(@Nullable Long areaId) {
        this.areaId = areaId;
    }

    public @Nullable BigDecimal getRent() {
        return rent;
    }

    public void setRent(@Nullable BigDecimal rent) {
        this.rent = rent;
    }

    public @Nullable Integer getRooms() {
        return rooms;
    }

    public void setRooms(@Nullable Integer rooms) {
        this.rooms = rooms;
    }

    public @Nullable Integer getLivingArea() {
        return livingArea;
    }

    public void setLivingArea(@Nullable Integer livingArea) {
        this.livingArea = livingArea;
    }

    public @Nullable Integer getFloor() {
        return floor;
    }

    public void setFloor(@Nullable Integer floor) {
        this.floor = floor;
    }

    public boolean isElevator() {
        return elevator;
    }

    public void setElevator(boolean elevator) {
        this.elevator = elevator;
    }

    public boolean isAccessible() {
        return accessible;
    }

    public void setAccessible(boolean accessible) {
        this.accessible = accessible;
    }

    public boolean isSharedEntrance() {
        return sharedEntrance;
    }

    public void setSharedEntrance(boolean sharedEntrance) {
        this.sharedEntrance = sharedEntrance;
    }

    public @Nullable LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(@Nullable LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note == null ? "" : note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
