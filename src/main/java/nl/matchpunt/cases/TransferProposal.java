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
import java.util.Objects;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A proposal to transfer the lease to the client (omklapvoorstel): the five criteria, the review by an
 * independent person at the provider (another account than the proposer) and the coordinator's decision.
 */
@Entity
@Table(name = "transfer_proposal")
public class TransferProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private @Nullable PlacementCase placementCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status = TransferStatus.AWAITING_REVIEW;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "proposer_user_id")
    private @Nullable Long proposerUserId;

    @Column(name = "proposer_name", nullable = false)
    private String proposerName;

    @Column(name = "daytime_activity_met", nullable = false)
    private boolean daytimeActivityMet;

    @Column(name = "daytime_activity_reason", nullable = false)
    private String daytimeActivityReason;

    @Column(name = "socially_stable_met", nullable = false)
    private boolean sociallyStableMet;

    @Column(name = "socially_stable_reason", nullable = false)
    private String sociallyStableReason;

    @Column(name = "psychologically_stable_met", nullable = false)
    private boolean psychologicallyStableMet;

    @Column(name = "psychologically_stable_reason", nullable = false)
    private String psychologicallyStableReason;

    @Column(name = "financially_stable_met", nullable = false)
    private boolean financiallyStableMet;

    @Column(name = "financially_stable_reason", nullable = false)
    private String financiallyStableReason;

    @Column(name = "children_environment_met")
    private @Nullable Boolean childrenEnvironmentMet;

    @Column(name = "children_environment_reason")
    private @Nullable String childrenEnvironmentReason;

    @Column(name = "reviewer_user_id")
    private @Nullable Long reviewerUserId;

    @Column(name = "reviewer_name")
    private @Nullable String reviewerName;

    @Column(name = "reviewed_on")
    private @Nullable LocalDate reviewedOn;

    @Column(name = "review_agrees")
    private @Nullable Boolean reviewAgrees;

    @Column(name = "review_note")
    private @Nullable String reviewNote;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "decided_on")
    private @Nullable LocalDate decidedOn;

    @Column(name = "decision_note")
    private @Nullable String decisionNote;

    protected TransferProposal() {
        this.proposedOn = LocalDate.EPOCH;
        this.proposerName = "";
        this.daytimeActivityReason = "";
        this.sociallyStableReason = "";
        this.psychologicallyStableReason = "";
        this.financiallyStableReason = "";
    }

    TransferProposal(PlacementCase placementCase, TransferCriteria criteria, Actor proposer, LocalDate on) {
        this.placementCase = placementCase;
        this.proposedOn = on;
        this.proposerUserId = proposer.userId();
        this.proposerName = proposer.name();
        this.daytimeActivityMet = criteria.daytimeActivityMet();
        this.daytimeActivityReason = criteria.daytimeActivityReason();
        this.sociallyStableMet = criteria.sociallyStableMet();
        this.sociallyStableReason = criteria.sociallyStableReason();
        this.psychologicallyStableMet = criteria.psychologicallyStableMet();
        this.psychologicallyStableReason = criteria.psychologicallyStableReason();
        this.financiallyStableMet = criteria.financiallyStableMet();
        this.financiallyStableReason = criteria.financiallyStableReason();
        this.childrenEnvironmentMet = criteria.childrenEnvironmentMet();
        this.childrenEnvironmentReason = criteria.childrenEnvironmentReason();
    }

    /** The independent review; the proposer's own account may not review it. */
    void review(boolean agrees, String note, Actor reviewer, LocalDate on) {
        if (status != TransferStatus.AWAITING_REVIEW) {
            throw new DomainException("cases.transfer.notAwaitingReview");
        }
        if (reviewer.userId() == null || Objects.equals(reviewer.userId(), proposerUserId)) {
            throw new DomainException("cases.transfer.reviewerNotIndependent");
        }
        this.reviewerUserId = reviewer.userId();
        this.reviewerName = reviewer.name();
        this.reviewedOn = on;
        this.reviewAgrees = agrees;
        this.reviewNote = note;
        this.status = agrees ? TransferStatus.AWAITING_DECISION : TransferStatus.REVIEW_DISAGREED;
    }

    void decide(boolean approved, @Nullable String note, Actor coordinator, LocalDate on) {
        if (status != TransferStatus.AWAITING_DECISION) {
            throw new DomainException("cases.transfer.notAwaitingDecision");
        }
        this.decidedBy = coordinator.name();
        this.decidedOn = on;
        this.decisionNote = note;
        this.status = approved ? TransferStatus.APPROVED : TransferStatus.REFUSED;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public @Nullable Long getProposerUserId() {
        return proposerUserId;
    }

    public String getProposerName() {
        return proposerName;
    }

    public TransferCriteria criteria() {
        return new TransferCriteria(
                daytimeActivityMet,
                daytimeActivityReason,
                sociallyStableMet,
                sociallyStableReason,
                psychologicallyStableMet,
                psychologicallyStableReason,
                financiallyStableMet,
                financiallyStableReason,
                childrenEnvironmentMet,
                childrenEnvironmentReason);
    }

    public @Nullable String getReviewerName() {
        return reviewerName;
    }

    public @Nullable LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public @Nullable Boolean getReviewAgrees() {
        return reviewAgrees;
    }

    public @Nullable String getReviewNote() {
        return reviewNote;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable LocalDate getDecidedOn() {
        return decidedOn;
    }

    public @Nullable String getDecisionNote() {
        return decisionNote;
    }
}
