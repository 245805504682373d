package nl.matchpunt.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.matchpunt.shared.SensibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A housing review: rent paid on time, nuisance, the network in the neighbourhood, progress on the support goals. */
class ReviewForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SensibleDate
    private @Nullable LocalDate heldOn;

    private boolean rentPaidOnTime;

    private boolean nuisance;

    @NotBlank
    @Size(max = 1000)
    private String neighbourhoodNetwork = "";

    @NotBlank
    @Size(max = 1000)
    private String supportGoalProgress = "";

    @Size(max = 1000)
    private String note = "";

    public @Nullable LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(@Nullable LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public boolean isRentPaidOnTime() {
        return rentPaidOnTime;
    }

    public void setRentPaidOnTime(boolean rentPaidOnTime) {
        this.rentPaidOnTime = rentPaidOnTime;
    }

    public boolean isNuisance() {
        return nuisance;
    }

    public void setNuisance(boolean nuisance) {
        this.nuisance = nuisance;
    }

    public String getNeighbourhoodNetwork() {
        return neighbourhoodNetwork;
    }

    public void setNeighbourhoodNetwork(String neighbourhoodNetwork) {
        this.neighbourhoodNetwork = neighbourhoodNetwork;
    }

    public String getSupportGoalProgress() {
        return supportGoalProgress;
    }

    public void setSupportGoalProgress(String supportGoalProgress) {
        this.supportGoalProgress = supportGoalProgress;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
