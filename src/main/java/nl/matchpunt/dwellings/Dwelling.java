package nl.matchpunt.dwellings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A vacant social-rent dwelling offered by one corporation. Its status moves only through the named methods:
 * AVAILABLE → PROPOSED → ALLOCATED → LET, back from PROPOSED to AVAILABLE when a proposal ends, or WITHDRAWN.
 */
@Entity
@Table(name = "dwelling")
public class Dwelling {

    /** A changed field with its old and new value as text. */
    record Change(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "corporation_id", nullable = false, updatable = false)
    private Long corporationId;

    @Column(name = "own_reference", nullable = false)
    private String ownReference;

    @Column(nullable = false)
    private String street;

    @Column(name = "house_number", nullable = false)
    private int houseNumber;

    @Column(name = "house_number_addition")
    private @Nullable String houseNumberAddition;

    @Column(nullable = false)
    private String postcode;

    @Column(nullable = false)
    private String city;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "area_id", nullable = false)
    private Long areaId;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal rent;

    private int rooms;

    @Column(name = "living_area")
    private int livingArea;

    private int floor;

    private boolean elevator;

    private boolean accessible;

    @Column(name = "shared_entrance")
    private boolean sharedEntrance;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DwellingStatus status = DwellingStatus.AVAILABLE;

    @Column(name = "withdrawal_reason")
    private @Nullable String withdrawalReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Dwelling() {
        this.corporationId = 0L;
        this.ownReference = "";
        this.street = "";
        this.postcode = "";
        this.city = "";
        this.districtId = 0L;
        this.areaId = 0L;
        this.rent = BigDecimal.ZERO;
        this.availableFrom = LocalDate.EPOCH;
        this.statusChangedAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    /** A new, available vacancy; {@code data} must have passed {@link DwellingService#validate}. */
    public Dwelling(Long corporationId, DwellingData data, Instant now) {
        this();
        this.corporationId = corporationId;
        this.createdAt = now;
        this.statusChangedAt = now;
        apply(data);
    }

    /** Changes the features (only while available) and tells what changed. */
    List<Change> update(DwellingData data) {
        requireStatus("dwellings.transition.edit", DwellingStatus.AVAILABLE);
        List<Change> changes = new ArrayList<>();
        compare(changes, "ownReference", ownReference, data.ownReference());
        compare(changes, "street", street, data.street());
        compare(changes, "houseNumber", houseNumber, data.houseNumber());
        compare(changes, "houseNumberAddition", houseNumberAddition, data.houseNumberAddition());
        compare(changes, "postcode", postcode, data.postcode());
        compare(changes, "city", city, data.city());
        compare(changes, "districtId", districtId, data.districtId());
        compare(changes, "areaId", areaId, data.areaId());
        compare(changes, "rent", rent.setScale(2), required(data.rent()).setScale(2));
        compare(changes, "rooms", rooms, data.rooms());
        compare(changes, "livingArea", livingArea, data.livingArea());
        compare(changes, "floor", floor, data.floor());
        compare(changes, "elevator", elevator, data.elevator());
        compare(changes, "accessible", accessible, data.accessible());
        compare(changes, "sharedEntrance", sharedEntrance, data.sharedEntrance());
        compare(changes, "availableFrom", availableFrom, data.availableFrom());
        compare(changes, "note", note, data.note());
        apply(data);
        return changes;
    }

    /** The matching module proposes this dwelling to a client. */
    public void propose(Instant now) {
        requireStatus("dwellings.transition.propose", DwellingStatus.AVAILABLE);
        moveTo(DwellingStatus.PROPOSED, now);
    }

    /** A proposal was declined or withdrawn: the dwelling is available again. */
    public void releaseProposal(Instant now) {
        requireStatus("dwellings.transition.release", DwellingStatus.PROPOSED);
        moveTo(DwellingStatus.AVAILABLE, now);
    }

    /** Both parties accepted the proposal: the dwelling is allocated to the client. */
    public void allocate(Instant now) {
        requireStatus("dwellings.transition.allocate", DwellingStatus.PROPOSED);
        moveTo(DwellingStatus.ALLOCATED, now);
    }

    /** The lease is signed. */
    public void let(Instant now) {
        requireStatus("dwellings.transition.let", DwellingStatus.ALLOCATED);
        moveTo(DwellingStatus.LET, now);
    }

    /** The corporation no longer offers the dwelling (only before it is allocated). */
    public void withdraw(String reason, Instant now) {
        requireStatus("dwellings.transition.withdraw", DwellingStatus.AVAILABLE, DwellingStatus.PROPOSED);
        if (reason.isBlank()) {
            throw new DomainException("dwellings.withdrawalReason.required");
        }
        this.withdrawalReason = reason.strip();
        moveTo(DwellingStatus.WITHDRAWN, now);
    }

    private void requireStatus(String messageKey, DwellingStatus... allowed) {
        for (DwellingStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainException(messageKey, status.name());
    }

    private void moveTo(DwellingStatus next, Instant now) {
        this.status = next;
        this.statusChangedAt = now;
    }

    private void apply(DwellingData data) {
        this.ownReference = data.ownReference();
        this.street = data.street();
        this.houseNumber = required(data.houseNumber());
        this.houseNumberAddition = data.houseNumberAddition();
        this.postcode = data.postcode();
        this.city = data.city();
        this.districtId = required(data.districtId());
        this.areaId = required(data.areaId());
        this.rent = required(data.rent());
        this.rooms = required(data.rooms());
        this.livingArea = required(data.livingArea());
        this.floor = required(data.floor());
        this.elevator = data.elevator();
        this.accessible = data.accessible();
        this.sharedEntrance = data.sharedEntrance();
        this.availableFrom = required(data.availableFrom());
        this.note = data.note();
    }

    private static <T> T required(@Nullable T value) {
        return Objects.requireNonNull(value, "validated data has no nulls in required fields");
    }

    private static void compare(List<Change> changes, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(
                    field,
                    before == null ? null : String.valueOf(before),
                    after == null ? null : String.valueOf(after)));
        }
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("dwelling not saved yet");
        }
        return id;
    }

    public Long getCorporationId() {
        return corporationId;
    }

    public String getOwnReference() {
        return ownReference;
    }

    public String getStreet() {
        return street;
    }

    public int getHouseNumber() {
        return houseNumber;
    }

    public @Nullable String getHouseNumberAddition() {
        return houseNumberAddition;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public BigDecimal getRent() {
        return rent;
    }

    public int getRooms() {
        return rooms;
    }

    public int getLivingArea() {
        return livingArea;
    }

    public int getFloor() {
        return floor;
    }

    public boolean isElevator() {
        return elevator;
    }

    public boolean isAccessible() {
        return accessible;
    }

    public boolean isSharedEntrance() {
        return sharedEntrance;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public @Nullable String getNote() {
        return note;
    }

    public DwellingStatus getStatus() {
        return status;
    }

    public @Nullable String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
