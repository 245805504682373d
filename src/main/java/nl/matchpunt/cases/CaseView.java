package nl.matchpunt.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case as the viewer may see it. For the corporation the service leaves out care details: the support plan, the
 * financial support, consent, review notes and the transfer criteria are null or absent ({@link #fullView()} false).
 */
public record CaseView(
        Long id,
        String clientCode,
        Long clientId,
        Long dwellingId,
        String dwellingAddress,
        String corporationName,
        String careProviderName,
        @Nullable String targetGroupCode,
        @Nullable Integer householdSize,
        boolean childrenInHousehold,
        LocalDate agreedOn,
        LocalDate moveInOn,
        CasePhase phase,
        LocalDate phaseSince,
        @Nullable EndReason endReason,
        @Nullable LocalDate nextReviewDue,
        @Nullable LocalDate leaseDue,
        boolean leaseLate,
        @Nullable LocalDate ownLeaseSince,
        @Nullable LocalDate watchfulUntil,
        @Nullable LocalDate closedOn,
        boolean overdue,
        boolean fullView,
        List<Step> agreements,
        List<Entry> timeline,
        List<Review> reviews,
        List<Signal> signals,
        @Nullable Proposal proposal,
        @Nullable TransferGuard transferGuard,
        Actions can) {

    /** One working agreement on the checklist. */
    public record Step(
            int number,
            WorkingAgreement agreement,
            ResponsibleParty party,
            AgreementState state,
            @Nullable LocalDate dueOn,
            boolean overdue,
            @Nullable String note,
            @Nullable LocalDate doneOn,
            @Nullable String doneBy,
            boolean mayRecord) {}

    /** One timeline entry: when, who (and for which organisation), what. */
    public record Entry(
            LocalDate happenedOn,
            String actorName,
            @Nullable String actorOrganisation,
            TimelineKind kind,
            @Nullable String argument,
            @Nullable String argumentKey,
            @Nullable String detail) {}

    /** A housing review; for the corporation only the date, the rent and the nuisance. */
    public record Review(
            LocalDate heldOn,
            boolean rentPaidOnTime,
            boolean nuisance,
            @Nullable String neighbourhoodNetwork,
            @Nullable String supportGoalProgress,
            @Nullable String note,
            String recordedBy) {}

    /** A signal, visible to corporation and provider alike. */
    public record Signal(
            Long id,
            SignalKind kind,
            String description,
            LocalDate reportedOn,
            String reportedBy,
            @Nullable LocalDate responseDue,
            boolean responseOverdue,
            @Nullable String response,
            @Nullable LocalDate respondedOn,
            @Nullable String respondedBy,
            @Nullable LocalDate escalatedOn) {}

    /** The latest transfer proposal; the criteria and the review note are null for the corporation. */
    public record Proposal(
            TransferStatus status,
            LocalDate proposedOn,
            String proposerName,
            @Nullable TransferCriteria criteria,
            @Nullable String reviewerName,
            @Nullable LocalDate reviewedOn,
            @Nullable Boolean reviewAgrees,
            @Nullable String reviewNote,
            @Nullable String decidedBy,
            @Nullable LocalDate decidedOn,
            @Nullable String decisionNote) {}

    /** What the viewer may do in this case now (the service checks again on every change). */
    public record Actions(
            boolean introductionVisit,
            boolean review,
            boolean signal,
            boolean respond,
            boolean escalationStep,
            boolean proposeTransfer,
            boolean reviewTransfer,
            boolean decideTransfer,
            boolean allowTransfer,
            boolean recordOwnLease,
            boolean endEarly,
            boolean close,
            boolean openClient,
            boolean openDwelling) {}
}
