package nl.matchpunt.dwellings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A vacancy as the screens and the API show it, with the names of its corporation, district and area. */
public record DwellingView(
        Long id,
        Long corporationId,
        String corporationName,
        String ownReference,
        String street,
        int houseNumber,
        @Nullable String houseNumberAddition,
        String postcode,
        String city,
        Long districtId,
        String districtName,
        Long areaId,
        String areaName,
        BigDecimal rent,
        int rooms,
        int livingArea,
        int floor,
        boolean elevator,
        boolean accessible,
        boolean sharedEntrance,
        LocalDate availableFrom,
        @Nullable String note,
        DwellingStatus status,
        @Nullable String withdrawalReason,
        Instant statusChangedAt,
        long version) {

    /** Street, number and addition, e.g. {@code Bos en Lommerweg 12-2}. */
    public String address() {
        return street + " " + houseNumber + (houseNumberAddition == null ? "" : "-" + houseNumberAddition);
    }

    public boolean editable() {
        return status == DwellingStatus.AVAILABLE;
    }

    public boolean withdrawable() {
        return status == DwellingStatus.AVAILABLE || status == DwellingStatus.PROPOSED;
    }

    /** The editable fields, e.g. to fill an edit form. */
    public DwellingData data() {
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
}
