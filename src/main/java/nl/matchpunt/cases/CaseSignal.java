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
import java.time.LocalDate;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * An early-warning signal recorded by the corporation or the care provider, visible to both. A nuisance report
 * must get the provider's response (the approach, told to the reporter) within {@value #NUISANCE_WORKING_DAYS}
 * working days; when late it is escalated to the coordinator.
 */
@Entity
@Table(name = "case_signal")
public class CaseSignal {

    public static final int NUISANCE_WORKING_DAYS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private @Nullable PlacementCase placementCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignalKind kind;

    @Column(nullable = false)
    private String description;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "reporter_organisation_id")
    private @Nullable Long reporterOrganisationId;

    @Column(name = "response_due")
    private @Nullable LocalDate responseDue;

    private @Nullable String response;

    @Column(name = "responded_on")
    private @Nullable LocalDate respondedOn;

    @Column(name = "responded_by")
    private @Nullable String respondedBy;

    @Column(name = "escalated_on")
    private @Nullable LocalDate escalatedOn;

    protected CaseSignal() {
        this.kind = SignalKind.OTHER;
        this.description = "";
        this.reportedOn = LocalDate.EPOCH;
        this.reportedBy = "";
    }

    CaseSignal(PlacementCase placementCase, SignalKind kind, String description, Actor actor, LocalDate reportedOn) {
        this.placementCase = placementCase;
        this.kind = kind;
        this.description = description;
        this.reportedOn = reportedOn;
        this.reportedBy = actor.name();
        this.reporterOrganisationId = actor.organisationId();
        this.responseDue =
                kind == SignalKind.NUISANCE ? WorkingDays.addWorkingDays(reportedOn, NUISANCE_WORKING_DAYS) : null;
    }

    void respond(String response, Actor actor, LocalDate on) {
        if (!isOpen()) {
            throw new DomainException("cases.signal.alreadyAnswered");
        }
        this.response = response;
        this.respondedOn = on;
        this.respondedBy = actor.name();
    }

    void escalate(LocalDate on) {
        if (escalatedOn == null) {
            this.escalatedOn = on;
        }
    }

    public boolean isOpen() {
        return respondedOn == null;
    }

    /** A nuisance report whose response is late on {@code today}. */
    public boolean isResponseOverdue(LocalDate today) {
        return isOpen() && responseDue != null && responseDue.isBefore(today);
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("signal not saved yet");
        }
        return id;
    }

    public SignalKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public @Nullable LocalDate getResponseDue() {
        return responseDue;
    }

    public @Nullable String getResponse() {
        return response;
    }

    public @Nullable LocalDate getRespondedOn() {
        return respondedOn;
    }

    public @Nullable String getRespondedBy() {
        return respondedBy;
    }

    public @Nullable LocalDate getEscalatedOn() {
        return escalatedOn;
    }

    boolean hasId() {
        return id != null;
    }
}
