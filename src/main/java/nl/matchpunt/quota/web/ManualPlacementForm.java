package nl.matchpunt.quota.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.matchpunt.quota.ManualPlacement;
import nl.matchpunt.quota.PlacementKind;
import nl.matchpunt.shared.SensibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A placement in a dwelling from outside the regular flow, as typed by the coordinator. */
public class ManualPlacementForm {

    @NotNull
    private @Nullable PlacementKind kind = PlacementKind.TEMPORARY_NEW_BUILD;

    @NotBlank
    private String targetGroupCode = "";

    @NotNull
    private @Nullable Long corporationId;

    private @Nullable Long careProviderId;

    @NotNull
    private @Nullable Long districtId;

    private @Nullable Long areaId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SensibleDate
    private @Nullable LocalDate eligibleSince;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SensibleDate
    private @Nullable LocalDate agreedOn;

    @NotBlank
    @Size(max = 500)
    private String note = "";

    ManualPlacement placement() {
        if (kind == null || corporationId == null || districtId == null || agreedOn == null) {
            throw new IllegalStateException("validate the form first");
        }
        return new ManualPlacement(
                kind,
                targetGroupCode,
                corporationId,
                careProviderId,
                districtId,
                areaId,
                eligibleSince,
                agreedOn,
                note.strip());
    }

    public @Nullable PlacementKind getKind() {
        return kind;
    }

    public void setKind(@Nullable PlacementKind kind) {
        this.kind = kind;
    }

    public String getTargetGroupCode() {
        return targetGroupCode;
    }

    public void setTargetGroupCode(String targetGroupCode) {
        this.targetGroupCode = targetGroupCode;
    }

    public @Nullable Long getCorporationId() {
        return corporationId;
    }

    public void setCorporationId(@Nullable Long corporationId) {
        this.corporationId = corporationId;
    }

    public @Nullable Long getCareProviderId() {
        return careProviderId;
    }

    public void setCareProviderId(@Nullable Long careProviderId) {
        this.careProviderId = careProviderId;
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

    public @Nullable LocalDate getEligibleSince() {
        return eligibleSince;
    }

    public void setEligibleSince(@Nullable LocalDate eligibleSince) {
        this.eligibleSince = eligibleSince;
    }

    public @Nullable LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(@Nullable LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
