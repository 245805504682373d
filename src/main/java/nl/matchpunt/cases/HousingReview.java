package nl.matchpunt.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A housing review (evaluatie wonen), held at least yearly. */
@Entity
@Table(name = "housing_review")
public class HousingReview {

    /** What a housing review records. */
    public record Facts(
            LocalDate heldOn,
            boolean rentPaidOnTime,
            boolean nuisance,
            String neighbourhoodNetwork,
            String supportGoalProgress,
            @Nullable String note) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private @Nullable PlacementCase placementCase;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "rent_paid_on_time", nullable = false)
    private boolean rentPaidOnTime;

    @Column(nullable = false)
    private boolean nuisance;

    @Column(name = "neighbourhood_network", nullable = false)
    private String neighbourhoodNetwork;

    @Column(name = "support_goal_progress", nullable = false)
    private String supportGoalProgress;

    private @Nullable String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HousingReview() {
        this.heldOn = LocalDate.EPOCH;
        this.neighbourhoodNetwork = "";
        this.supportGoalProgress = "";
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    HousingReview(PlacementCase placementCase, Facts facts, Actor actor, Instant now) {
        this.placementCase = placementCase;
        this.heldOn = facts.heldOn();
        this.rentPaidOnTime = facts.rentPaidOnTime();
        this.nuisance = facts.nuisance();
        this.neighbourhoodNetwork = facts.neighbourhoodNetwork();
        this.supportGoalProgress = facts.supportGoalProgress();
        this.note = facts.note();
        this.recordedBy = actor.name();
        this.recordedAt = now;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public boolean isRentPaidOnTime() {
        return rentPaidOnTime;
    }

    public boolean isNuisance() {
        return nuisance;
    }

    public String getNeighbourhoodNetwork() {
        return neighbourhoodNetwork;
    }

    public String getSupportGoalProgress() {
        return supportGoalProgress;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
