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
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** One of the ten working agreements in one case: its state, due date and evidence (note, date, who). */
@Entity
@Table(name = "case_agreement")
public class CaseAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private @Nullable PlacementCase placementCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkingAgreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResponsibleParty party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementState state = AgreementState.OPEN;

    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;

    private @Nullable String note;

    @Column(name = "done_on")
    private @Nullable LocalDate doneOn;

    @Column(name = "done_by")
    private @Nullable String doneBy;

    @Column(name = "recorded_at")
    private @Nullable Instant recordedAt;

    protected CaseAgreement() {
        this.agreement = WorkingAgreement.OFFER_WITH_CARE;
        this.party = ResponsibleParty.JOINTLY;
    }

    CaseAgreement(PlacementCase placementCase, WorkingAgreement agreement, @Nullable LocalDate dueOn) {
        this.placementCase = placementCase;
        this.agreement = agreement;
        this.party = agreement.party();
        this.dueOn = dueOn;
    }

    void complete(Actor actor, LocalDate on, @Nullable String note, Instant now) {
        requireOpen();
        this.state = AgreementState.DONE;
        this.doneOn = on;
        this.note = note;
        this.doneBy = actor.name();
        this.recordedAt = now;
    }

    void markNotApplicable(Actor actor, LocalDate on, String reason, Instant now) {
        requireOpen();
        this.state = AgreementState.NOT_APPLICABLE;
        this.doneOn = on;
        this.note = reason;
        this.doneBy = actor.name();
        this.recordedAt = now;
    }

    void reschedule(@Nullable LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    private void requireOpen() {
        if (state != AgreementState.OPEN) {
            throw new DomainException("cases.agreement.notOpen", agreement.number());
        }
    }

    public boolean isOpen() {
        return state == AgreementState.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    public WorkingAgreement getAgreement() {
        return agreement;
    }

    public ResponsibleParty getParty() {
        return party;
    }

    public AgreementState getState() {
        return state;
    }

    public @Nullable LocalDate getDueOn() {
        return dueOn;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable LocalDate getDoneOn() {
        return doneOn;
    }

    public @Nullable String getDoneBy() {
        return doneBy;
    }
}
