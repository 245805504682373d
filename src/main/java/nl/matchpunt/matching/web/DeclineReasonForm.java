package nl.matchpunt.matching.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.matchpunt.matching.DeclineConsequence;
import nl.matchpunt.matching.DeclinePartyScope;
import nl.matchpunt.matching.DeclineReason;
import org.jspecify.annotations.Nullable;

/** What the administrator types for a decline reason. */
class DeclineReasonForm {

    /** The checks of a new record only: the code is not on the form of a change, and a change ignores it. */
    interface New {}

    @Size(max = 40, groups = New.class)
    @Pattern(regexp = "[A-Za-z0-9_]*", message = "{matching.reasons.code.pattern}", groups = New.class)
    private String code = "";

    @NotBlank
    @Size(max = 200)
    private String nameNl = "";

    @NotBlank
    @Size(max = 200)
    private String nameEn = "";

    @NotNull
    private @Nullable DeclinePartyScope party;

    @NotNull
    private @Nullable DeclineConsequence consequence;

    @Min(1)
    @Max(365)
    private @Nullable Integer parkDays;

    private boolean alertCoordinator;

    private boolean active = true;

    static DeclineReasonForm of(DeclineReason reason) {
        DeclineReasonForm form = new DeclineReasonForm();
        form.code = reason.getCode();
        form.nameNl = reason.getNameNl();
        form.nameEn = reason.getNameEn();
        form.party = reason.getParty();
        form.consequence = reason.getConsequence();
        form.parkDays = reason.getParkDays();
        form.alertCoordinator = reason.isAlertCoordinator();
        form.active = reason.isActive();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public @Nullable DeclinePartyScope getParty() {
        return party;
    }

    public void setParty(@Nullable DeclinePartyScope party) {
        this.party = party;
    }

    public @Nullable DeclineConsequence getConsequence() {
        return consequence;
    }

    public void setConsequence(@Nullable DeclineConsequence consequence) {
        this.consequence = consequence;
    }

    public @Nullable Integer getParkDays() {
        return parkDays;
    }

    public void setParkDays(@Nullable Integer parkDays) {
        this.parkDays = parkDays;
    }

    public boolean isAlertCoordinator() {
        return alertCoordinator;
    }

    public void setAlertCoordinator(boolean alertCoordinator) {
        this.alertCoordinator = alertCoordinator;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
