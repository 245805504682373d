package nl.matchpunt.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.matchpunt.matching.PlacementAgreed;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A placement case (traject): follows one placed client in one dwelling from the agreed placement through the
 * Omslagroute to closure. It holds a snapshot of the placement, the ten working agreements as its checklist, its
 * timeline, housing reviews, signals and transfer proposals. Every change is a named method that checks the
 * phase and records who did what on the timeline; illegal moves throw a {@link DomainException}.
 */
@Entity
@Table(name = "placement_case")
public class PlacementCase {

    /** A housing review is due at least once a year. */
    public static final Period REVIEW_INTERVAL = Period.ofYears(1);

    /** After the coordinator's approval the corporation puts the lease in the client's name within 6 weeks. */
    public static final Period LEASE_TERM = Period.ofWeeks(6);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "proposal_id", nullable = false, unique = true)
    private Long proposalId;

    @Column(name = "dwelling_id", nullable = false)
    private Long dwellingId;

    @Column(name = "corporation_id", nullable = false)
    private Long corporationId;

    @Column(name = "dwelling_address", nullable = false)
    private String dwellingAddress;

    @Column(name = "district_id")
    private @Nullable Long districtId;

    @Column(name = "area_id")
    private @Nullable Long areaId;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "care_provider_id", nullable = false)
    private Long careProviderId;

    @Column(name = "client_code", nullable = false)
    private String clientCode;

    @Column(name = "target_group_code", nullable = false)
    private String targetGroupCode;

    @Column(name = "household_size", nullable = false)
    private int householdSize;

    @Column(name = "children_in_household", nullable = false)
    private boolean childrenInHousehold;

    @Column(name = "eligible_since")
    private @Nullable LocalDate eligibleSince;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Column(name = "move_in_on", nullable = false)
    private LocalDate moveInOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CasePhase phase = CasePhase.INTERMEDIARY_LEASE;

    @Column(name = "phase_since", nullable = false)
    private LocalDate phaseSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private @Nullable EndReason endReason;

    @Column(name = "next_review_due")
    private @Nullable LocalDate nextReviewDue;

    @Column(name = "lease_due")
    private @Nullable LocalDate leaseDue;

    @Column(name = "own_lease_since")
    private @Nullable LocalDate ownLeaseSince;

    @Column(name = "watchful_until")
    private @Nullable LocalDate watchfulUntil;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    /** The coordinator's reason for allowing the next transfer proposal despite its conditions; used up by it. */
    @Column(name = "transfer_allowed_because")
    private @Nullable String transferAllowedBecause;

    /** The earliest open due date of anything in the case, kept up to date for the "overdue only" filter. */
    @Column(name = "next_due")
    private @Nullable LocalDate nextDue;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "placementCase", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CaseAgreement> agreements = new ArrayList<>();

    @OneToMany(mappedBy = "placementCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedOn, id")
    private List<CaseEvent> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "placementCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("heldOn, id")
    private List<HousingReview> reviews = new ArrayList<>();

    @OneToMany(mappedBy = "placementCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("reportedOn, id")
    private List<CaseSignal> signals = new ArrayList<>();

    @OneToMany(mappedBy = "placementCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("proposedOn, id")
    private List<TransferProposal> transferProposals = new ArrayList<>();

    protected PlacementCase() {
        this.proposalId = 0L;
        this.dwellingId = 0L;
        this.corporationId = 0L;
        this.dwellingAddress = "";
        this.clientId = 0L;
        this.careProviderId = 0L;
        this.clientCode = "";
        this.targetGroupCode = "";
        this.agreedOn = LocalDate.EPOCH;
        this.moveInOn = LocalDate.EPOCH;
        this.phaseSince = LocalDate.EPOCH;
        this.openedAt = Instant.EPOCH;
    }

    private PlacementCase(PlacementAgreed placement, Instant now) {
        this.proposalId = placement.proposalId();
        this.dwellingId = placement.dwellingId();
        this.corporationId = placement.corporationId();
        this.dwellingAddress = placement.dwellingAddress();
        this.districtId = placement.districtId();
        this.areaId = placement.areaId();
        this.clientId = placement.clientId();
        this.careProviderId = placement.careProviderId();
        this.clientCode = placement.clientCode();
        this.targetGroupCode = placement.targetGroupCode();
        this.householdSize = placement.householdSize();
        this.childrenInHousehold = placement.childrenInHousehold();
        this.eligibleSince = placement.eligibleSince();
        this.agreedOn = placement.agreedOn();
        this.moveInOn = placement.expectedMoveIn();
        this.phaseSince = placement.agreedOn();
        this.openedAt = now;
    }

    /**
     * Opens the case for an agreed placement: the intermediary lease phase, the ten agreements with their due
     * dates (the first, the offer agreed with care, is done by the placement itself) and the first housing review
     * a year after move-in.
     */
    public static PlacementCase open(PlacementAgreed placement, Instant now) {
        PlacementCase opened = new PlacementCase(placement, now);
        for (WorkingAgreement agreement : WorkingAgreement.values()) {
            opened.agreements.add(new CaseAgreement(opened, agreement, agreement.dueDate(opened.moveInOn)));
        }
        opened.nextReviewDue = opened.moveInOn.plus(REVIEW_INTERVAL);
        opened.record(TimelineKind.OPENED, Actor.SYSTEM, placement.agreedOn(), now, null, null, true);
        opened.agreement(WorkingAgreement.OFFER_WITH_CARE).complete(Actor.SYSTEM, placement.agreedOn(), null, now);
        opened.refreshNextDue();
        return opened;
    }

    // --- the checklist -------------------------------------------------------------------------------------

    /** Marks a step done with its evidence. Steps 8 and 9 are done by the transfer and the closure themselves. */
    public void completeAgreement(WorkingAgreement agreement, Actor actor, LocalDate on, String note, Instant now) {
        requireActive();
        requireChecklistStep(agreement);
        agreement(agreement).complete(actor, on, note, now);
        record(
                TimelineKind.AGREEMENT_DONE,
                actor,
                on,
                now,
                String.valueOf(agreement.number()),
                note,
                agreement.isSharedWithCorporation());
        refreshNextDue();
    }

    public void markNotApplicable(WorkingAgreement agreement, Actor actor, LocalDate on, String reason, Instant now) {
        requireActive();
        requireChecklistStep(agreement);
        agreement(agreement).markNotApplicable(actor, on, reason, now);
        record(
                TimelineKind.AGREEMENT_NOT_APPLICABLE,
                actor,
                on,
                now,
                String.valueOf(agreement.number()),
                reason,
                agreement.isSharedWithCorporation());
        refreshNextDue();
    }

    private static void requireChecklistStep(WorkingAgreement agreement) {
        if (agreement == WorkingAgreement.LEASE_TRANSFER || agreement == WorkingAgreement.WATCHFUL_PERIOD) {
            throw new DomainException("cases.agreement.byFlow", agreement.number());
        }
    }

    /** The introduction visit of corporation, supervisor and client at the dwelling (agreement 4). */
    public void recordIntroductionVisit(Actor actor, LocalDate heldOn, String note, Instant now) {
        requireActive();
        agreement(WorkingAgreement.INTRODUCTION_VISIT).complete(actor, heldOn, note, now);
        record(TimelineKind.INTRODUCTION_VISIT, actor, heldOn, now, null, note, true);
        refreshNextDue();
    }

    // --- reviews and signals -------------------------------------------------------------------------------

    /** Records a housing review and schedules the next one a year later. */
    public void recordReview(HousingReview.Facts facts, Actor actor, Instant now) {
        requireActive();
        reviews.add(new HousingReview(this, facts, actor, now));
        LocalDate next = facts.heldOn().plus(REVIEW_INTERVAL);
        if (nextReviewDue == null || next.isAfter(nextReviewDue)) {
            nextReviewDue = next;
        }
        record(TimelineKind.HOUSING_REVIEW, actor, facts.heldOn(), now, null, null, false);
        refreshNextDue();
    }

    public CaseSignal recordSignal(SignalKind kind, String description, Actor actor, LocalDate on, Instant now) {
        requireActive();
        CaseSignal signal = new CaseSignal(this, kind, description, actor, on);
        signals.add(signal);
        record(TimelineKind.SIGNAL_RECORDED, actor, on, now, kind.name(), description, true);
        refreshNextDue();
        return signal;
    }

    /** The provider's response to a signal: for a nuisance report, the approach told to the reporter. */
    public void respondToSignal(Long signalId, String response, Actor actor, LocalDate on, Instant now) {
        CaseSignal signal = signal(signalId);
        signal.respond(response, actor, on);
        record(TimelineKind.SIGNAL_RESPONDED, actor, on, now, signal.getKind().name(), response, true);
        refreshNextDue();
    }

    /** Escalates a late nuisance response to the coordinator (once); true when it was escalated now. */
    public boolean escalateLateResponse(Long signalId, LocalDate today, Instant now) {
        CaseSignal signal = signal(signalId);
        if (!signal.isResponseOverdue(today) || signal.getEscalatedOn() != null) {
            return false;
        }
        signal.escalate(today);
        record(
                TimelineKind.SIGNAL_ESCALATED,
                Actor.SYSTEM,
                today,
                now,
                signal.getKind().name(),
                signal.getReportedOn().toString(),
                true);
        return true;
    }

    /** A step the coordinator took on an escalated signal. */
    public void recordEscalationStep(Long signalId, String note, Actor actor, LocalDate on, Instant now) {
        CaseSignal signal = signal(signalId);
        if (signal.getEscalatedOn() == null) {
            throw new DomainException("cases.signal.notEscalated");
        }
        record(TimelineKind.ESCALATION_STEP, actor, on, now, signal.getKind().name(), note, true);
    }

    // --- the transfer of the lease -------------------------------------------------------------------------

    /**
     * The conditions for proposing the transfer on {@code on} (see {@link TransferGuard}): the minimum time in the
     * intermediary lease, the steps with a due date settled, no nuisance report unanswered.
     */
    public TransferGuard transferGuard(LocalDate on, Period minimumIntermediaryLease) {
        LocalDate earliest = moveInOn.plus(minimumIntermediaryLease);
        List<Integer> openSteps = agreements.stream()
                .filter(step -> step.getAgreement().dueDate(moveInOn) != null && step.isOpen())
                .map(step -> step.getAgreement().number())
                .sorted()
                .toList();
        int openReports = (int) signals.stream()
                .filter(signal -> signal.getKind() == SignalKind.NUISANCE && signal.isOpen())
                .count();
        return new TransferGuard(earliest, on.isBefore(earliest), openSteps, openReports, transferAllowedBecause);
    }

    /**
     * The coordinator allows the next transfer proposal although a condition of {@link #transferGuard} fails, with
     * a reason that goes on the timeline of the care provider and the coordinator (the reason may hold care details,
     * so the corporation's timeline leaves it out).
     */
    public void allowTransferDespiteConditions(String reason, Actor coordinator, LocalDate on, Instant now) {
        requirePhase(CasePhase.INTERMEDIARY_LEASE, CasePhase.INTERMEDIARY_LEASE);
        if (reason.isBlank()) {
            throw new DomainException("cases.transferAllow.reasonRequired");
        }
        transferAllowedBecause = reason.strip();
        record(TimelineKind.TRANSFER_ALLOWED_EARLY, coordinator, on, now, null, transferAllowedBecause, false);
    }

    /**
     * Proposes the transfer; every criterion that applies must be met, the children criterion only with children.
     * The conditions of {@link #transferGuard} are the service's to check; a permission of the coordinator to propose
     * despite them is used up here.
     */
    public TransferProposal proposeTransfer(TransferCriteria criteria, Actor proposer, LocalDate on, Instant now) {
        requirePhase(CasePhase.INTERMEDIARY_LEASE, CasePhase.TRANSFER_PROPOSED);
        if (childrenInHousehold != (criteria.childrenEnvironmentMet() != null)) {
            throw new DomainException(
                    childrenInHousehold ? "cases.transfer.childrenRequired" : "cases.transfer.childrenNotApplicable");
        }
        if (!criteria.allMet()) {
            throw new DomainException("cases.transfer.criteriaNotMet");
        }
        TransferProposal proposal = new TransferProposal(this, criteria, proposer, on);
        transferProposals.add(proposal);
        transferAllowedBecause = null;
        moveTo(CasePhase.TRANSFER_PROPOSED, on);
        record(TimelineKind.TRANSFER_PROPOSED, proposer, on, now, null, null, true);
        return proposal;
    }

    /** The independent review at the provider; a review that disagrees sends the case back to the intermediary lease. */
    public void reviewTransfer(boolean agrees, String note, Actor reviewer, LocalDate on, Instant now) {
        requirePhase(CasePhase.TRANSFER_PROPOSED, CasePhase.TRANSFER_PROPOSED);
        openProposal().review(agrees, note, reviewer, on);
        if (agrees) {
            record(TimelineKind.TRANSFER_REVIEWED, reviewer, on, now, null, note, false);
        } else {
            moveTo(CasePhase.INTERMEDIARY_LEASE, on);
            record(TimelineKind.TRANSFER_REVIEW_DISAGREED, reviewer, on, now, null, note, false);
        }
        refreshNextDue();
    }

    /** The coordinator approves the reviewed proposal; the corporation has 6 weeks to put the lease in the client's name. */
    public void approveTransfer(@Nullable String note, Actor coordinator, LocalDate on, Instant now) {
        requirePhase(CasePhase.TRANSFER_PROPOSED, CasePhase.TRANSFER_APPROVED);
        openProposal().decide(true, note, coordinator, on);
        moveTo(CasePhase.TRANSFER_APPROVED, on);
        leaseDue = on.plus(LEASE_TERM);
        agreement(WorkingAgreement.LEASE_TRANSFER).reschedule(leaseDue);
        record(TimelineKind.TRANSFER_APPROVED, coordinator, on, now, null, note, true);
        refreshNextDue();
    }

    public void refuseTransfer(String reason, Actor coordinator, LocalDate on, Instant now) {
        requirePhase(CasePhase.TRANSFER_PROPOSED, CasePhase.INTERMEDIARY_LEASE);
        openProposal().decide(false, reason, coordinator, on);
        moveTo(CasePhase.INTERMEDIARY_LEASE, on);
        record(TimelineKind.TRANSFER_REFUSED, coordinator, on, now, null, reason, true);
        refreshNextDue();
    }

    /**
     * The corporation records the lease in the client's own name; the watchful period starts. A lease recorded after
     * its due date is flagged on the timeline.
     */
    public void recordOwnLease(LocalDate leaseStart, Actor corporation, Period watchfulPeriod, Instant now) {
        requirePhase(CasePhase.TRANSFER_APPROVED, CasePhase.OWN_LEASE);
        LocalDate due = Objects.requireNonNull(leaseDue);
        moveTo(CasePhase.OWN_LEASE, leaseStart);
        ownLeaseSince = leaseStart;
        watchfulUntil = leaseStart.plus(watchfulPeriod);
        agreement(WorkingAgreement.LEASE_TRANSFER).complete(corporation, leaseStart, null, now);
        agreement(WorkingAgreement.WATCHFUL_PERIOD).reschedule(watchfulUntil);
        record(TimelineKind.OWN_LEASE_RECORDED, corporation, leaseStart, now, watchfulUntil.toString(), null, true);
        if (leaseStart.isAfter(due)) {
            record(TimelineKind.OWN_LEASE_LATE, Actor.SYSTEM, leaseStart, now, due.toString(), null, true);
        }
        leaseDue = null;
        refreshNextDue();
    }

    /** Closes the case once the watchful period is over. */
    public void close(Actor actor, LocalDate on, String note, Instant now) {
        requirePhase(CasePhase.OWN_LEASE, CasePhase.CLOSED);
        if (watchfulUntil == null || on.isBefore(watchfulUntil)) {
            throw new DomainException("cases.close.watchfulPeriodRunning", String.valueOf(watchfulUntil));
        }
        agreement(WorkingAgreement.WATCHFUL_PERIOD).complete(actor, on, note, now);
        moveTo(CasePhase.CLOSED, on);
        closedOn = on;
        record(TimelineKind.CLOSED, actor, on, now, null, note, true);
        refreshNextDue();
    }

    /** Ends the case before closure: eviction, a move to other care, death, or the client left. */
    public void endEarly(EndReason reason, String note, Actor actor, LocalDate on, Instant now) {
        requireActive();
        moveTo(CasePhase.ENDED_EARLY, on);
        endReason = reason;
        closedOn = on;
        record(TimelineKind.ENDED_EARLY, actor, on, now, reason.name(), note, true);
        refreshNextDue();
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private void moveTo(CasePhase target, LocalDate on) {
        if (!phase.canMoveTo(target)) {
            throw new DomainException("cases.phase.illegal", phase.name(), target.name());
        }
        phase = target;
        phaseSince = on;
    }

    private void requireActive() {
        if (phase.isTerminal()) {
            throw new DomainException("cases.phase.ended");
        }
    }

    /** Refuses when the case is not in {@code expected}, naming the transition that was attempted. */
    private void requirePhase(CasePhase expected, CasePhase target) {
        if (phase != expected) {
            throw new DomainException("cases.phase.illegal", phase.name(), target.name());
        }
    }

    private TransferProposal openProposal() {
        return openProposalIfAny().orElseThrow(() -> new DomainException("cases.transfer.none"));
    }

    private Optional<TransferProposal> openProposalIfAny() {
        return transferProposals.stream()
                .filter(proposal -> proposal.getStatus().isOpen())
                .findFirst();
    }

    private void record(
            TimelineKind kind,
            Actor actor,
            LocalDate on,
            Instant now,
            @Nullable String argument,
            @Nullable String detail,
            boolean sharedWithCorporation) {
        timeline.add(new CaseEvent(this, kind, actor, on, now, argument, detail, sharedWithCorporation));
    }

    /** Recomputes the earliest open due date: open steps, the next review, the new lease, a nuisance response. */
    void refreshNextDue() {
        if (phase.isTerminal()) {
            nextDue = null;
            return;
        }
        Stream<LocalDate> steps = agreements.stream()
                .filter(CaseAgreement::isOpen)
                .map(CaseAgreement::getDueOn)
                .filter(Objects::nonNull);
        Stream<LocalDate> responses = signals.stream()
                .filter(CaseSignal::isOpen)
                .map(CaseSignal::getResponseDue)
                .filter(Objects::nonNull);
        Stream<LocalDate> review = reviewDue().stream();
        Stream<LocalDate> lease = Optional.ofNullable(leaseDue).stream();
        nextDue = Stream.of(steps, responses, review, lease)
                .flatMap(dates -> dates)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The next housing review's due date while the client still rents through the provider. */
    public Optional<LocalDate> reviewDue() {
        return phase == CasePhase.INTERMEDIARY_LEASE || phase == CasePhase.TRANSFER_PROPOSED
                ? Optional.ofNullable(nextReviewDue)
                : Optional.empty();
    }

    public boolean isOverdue(LocalDate today) {
        return nextDue != null && nextDue.isBefore(today);
    }

    public boolean isLeaseLate(LocalDate today) {
        return phase == CasePhase.TRANSFER_APPROVED && leaseDue != null && leaseDue.isBefore(today);
    }

    /** Whether the watchful period is over, so that the case can be closed. */
    public boolean canClose(LocalDate today) {
        return phase == CasePhase.OWN_LEASE && watchfulUntil != null && !today.isBefore(watchfulUntil);
    }

    public CaseAgreement agreement(WorkingAgreement agreement) {
        return agreements.stream()
                .filter(candidate -> candidate.getAgreement() == agreement)
                .findFirst()
                .orElseThrow();
    }

    public CaseSignal signal(Long signalId) {
        return signals.stream()
                .filter(signal -> signal.hasId() && signal.getId().equals(signalId))
                .findFirst()
                .orElseThrow(() -> new nl.matchpunt.shared.NotFoundException("signal", signalId));
    }

    public Optional<TransferProposal> latestProposal() {
        return transferProposals.isEmpty()
                ? Optional.empty()
                : Optional.of(transferProposals.get(transferProposals.size() - 1));
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("case not saved yet");
        }
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public Long getCorporationId() {
        return corporationId;
    }

    public String getDwellingAddress() {
        return dwellingAddress;
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getCareProviderId() {
        return careProviderId;
    }

    public String getClientCode() {
        return clientCode;
    }

    public String getTargetGroupCode() {
        return targetGroupCode;
    }

    public int getHouseholdSize() {
        return householdSize;
    }

    public boolean isChildrenInHousehold() {
        return childrenInHousehold;
    }

    public @Nullable LocalDate getEligibleSince() {
        return eligibleSince;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public LocalDate getMoveInOn() {
        return moveInOn;
    }

    public CasePhase getPhase() {
        return phase;
    }

    public LocalDate getPhaseSince() {
        return phaseSince;
    }

    public @Nullable EndReason getEndReason() {
        return endReason;
    }

    public @Nullable LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    public @Nullable LocalDate getLeaseDue() {
        return leaseDue;
    }

    public @Nullable LocalDate getOwnLeaseSince() {
        return ownLeaseSince;
    }

    public @Nullable LocalDate getWatchfulUntil() {
        return watchfulUntil;
    }

    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    public @Nullable LocalDate getNextDue() {
        return nextDue;
    }

    public List<CaseAgreement> getAgreements() {
        return List.copyOf(agreements);
    }

    public List<CaseEvent> getTimeline() {
        return List.copyOf(timeline);
    }

    public List<HousingReview> getReviews() {
        return List.copyOf(reviews);
    }

    public List<CaseSignal> getSignals() {
        return List.copyOf(signals);
    }

    public List<TransferProposal> getTransferProposals() {
        return List.copyOf(transferProposals);
    }
}
