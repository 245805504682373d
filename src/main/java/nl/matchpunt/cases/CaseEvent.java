package nl.matchpunt.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One entry on a case's timeline: what happened, on which day, by whom; some entries are not for the corporation. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private @Nullable PlacementCase placementCase;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "actor_organisation_id")
    private @Nullable Long actorOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TimelineKind kind;

    private @Nullable String argument;

    private @Nullable String detail;

    @Column(name = "shared_with_corporation", nullable = false)
    private boolean sharedWithCorporation;

    protected CaseEvent() {
        this.occurredAt = Instant.EPOCH;
        this.happenedOn = LocalDate.EPOCH;
        this.actorName = "";
        this.kind = TimelineKind.OPENED;
    }

    CaseEvent(
            PlacementCase placementCase,
            TimelineKind kind,
            Actor actor,
            LocalDate happenedOn,
            Instant occurredAt,
            @Nullable String argument,
            @Nullable String detail,
            boolean sharedWithCorporation) {
        this.placementCase = placementCase;
        this.kind = kind;
        this.actorName = actor.name();
        this.actorOrganisationId = actor.organisationId();
        this.happenedOn = happenedOn;
        this.occurredAt = occurredAt;
        this.argument = argument;
        this.detail = detail;
        this.sharedWithCorporation = sharedWithCorporation;
    }

    public Long getId() {
        return id == null ? 0L : id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getActorName() {
        return actorName;
    }

    public @Nullable Long getActorOrganisationId() {
        return actorOrganisationId;
    }

    public TimelineKind getKind() {
        return kind;
    }

    public @Nullable String getArgument() {
        return argument;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public boolean isSharedWithCorporation() {
        return sharedWithCorporation;
    }
}
