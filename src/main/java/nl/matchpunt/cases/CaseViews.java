package nl.matchpunt.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import nl.matchpunt.clients.ClientDisclosure;
import nl.matchpunt.clients.SharedField;
import nl.matchpunt.organisations.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * Turns a case into what the viewer may see: in full for the care provider and the coordinator; for the
 * corporation the household only when the client consented to share it ({@link ClientDisclosure}), and otherwise
 * only what concerns the dwelling (the shared steps and timeline entries, review dates with rent and
 * nuisance, the signals, the transfer's status without its criteria).
 */
final class CaseViews {

    private CaseViews() {}

    static CaseView of(
            PlacementCase c,
            CurrentUser user,
            LocalDate today,
            Function<Long, String> organisationName,
            Set<SharedField> consent,
            Period minimumIntermediaryLease) {
        boolean full = !user.isCorporationStaff();
        boolean household = ClientDisclosure.mayShow(user, c.getCareProviderId(), consent, SharedField.HOUSEHOLD);
        boolean targetGroup =
                full && ClientDisclosure.mayShow(user, c.getCareProviderId(), consent, SharedField.TARGET_GROUP);
        boolean active = !c.getPhase().isTerminal();
        boolean provider = user.isCareProviderStaff();
        boolean corporation = user.isCorporationStaff();
        CaseView.Proposal proposal =
                c.latestProposal().map(p -> proposal(p, full)).orElse(null);
        // the conditions for proposing the transfer: for the provider that proposes and the coordinator that may
        // allow it anyway, while the client still rents through the provider
        TransferGuard guard = c.getPhase() == CasePhase.INTERMEDIARY_LEASE && (provider || user.isCoordinator())
                ? c.transferGuard(today, minimumIntermediaryLease)
                : null;
        boolean hasOpenSignal = c.getSignals().stream().anyMatch(CaseSignal::isOpen);
        boolean hasEscalated = c.getSignals().stream().anyMatch(s -> s.getEscalatedOn() != null);
        CaseView.Actions actions = new CaseView.Actions(
                active
                        && (provider || corporation)
                        && c.agreement(WorkingAgreement.INTRODUCTION_VISIT).isOpen(),
                active && provider,
                active && (provider || corporation),
                provider && hasOpenSignal,
                user.isCoordinator() && hasEscalated,
                provider && c.getPhase() == CasePhase.INTERMEDIARY_LEASE,
                provider && proposal != null && proposal.status() == TransferStatus.AWAITING_REVIEW,
                user.isCoordinator() && proposal != null && proposal.status() == TransferStatus.AWAITING_DECISION,
                user.isCoordinator() && guard != null && guard.blocks(),
                corporation && c.getPhase() == CasePhase.TRANSFER_APPROVED,
                active && (provider || user.isCoordinator()),
                (provider || user.isCoordinator()) && c.canClose(today),
                provider || user.isCoordinator(),
                corporation || user.isCoordinator());
        return new CaseView(
                c.getId(),
                c.getClientCode(),
                c.getClientId(),
                c.getDwellingId(),
                c.getDwellingAddress(),
                organisationName.apply(c.getCorporationId()),
                organisationName.apply(c.getCareProviderId()),
                targetGroup ? c.getTargetGroupCode() : null,
                household ? c.getHouseholdSize() : null,
                household && c.isChildrenInHousehold(),
                c.getAgreedOn(),
                c.getMoveInOn(),
                c.getPhase(),
                c.getPhaseSince(),
                c.getEndReason(),
                full ? c.reviewDue().orElse(null) : null,
                c.getLeaseDue(),
                c.isLeaseLate(today),
                c.getOwnLeaseSince(),
                c.getWatchfulUntil(),
                c.getClosedOn(),
                c.isOverdue(today),
                full,
                c.getAgreements().stream()
                        .filter(a -> full || a.getAgreement().isSharedWithCorporation())
                        .map(a -> step(a, user, today, active))
                        .sorted(Comparator.comparingInt(CaseView.Step::number))
                        .toList(),
                c.getTimeline().stream()
                        .filter(e -> full || e.isSharedWithCorporation())
                        .sorted(Comparator.comparing(CaseEvent::getHappenedOn).thenComparing(CaseEvent::getId))
                        .map(e -> new CaseView.Entry(
                                e.getHappenedOn(),
                                e.getActorName(),
                                e.getActorOrganisationId() == null
                                        ? null
                                        : organisationName.apply(e.getActorOrganisationId()),
                                e.getKind(),
                                argument(e.getArgument()),
                                argumentKey(e.getKind(), e.getArgument()),
                                e.getDetail()))
                        .toList(),
                c.getReviews().stream()
                        .map(r -> new CaseView.Review(
                                r.getHeldOn(),
                                r.isRentPaidOnTime(),
                                r.isNuisance(),
                                full ? r.getNeighbourhoodNetwork() : null,
                                full ? r.getSupportGoalProgress() : null,
                                full ? r.getNote() : null,
                                r.getRecordedBy()))
                        .toList(),
                c.getSignals().stream()
                        .map(s -> new CaseView.Signal(
                                s.getId(),
                                s.getKind(),
                                s.getDescription(),
                                s.getReportedOn(),
                                s.getReportedBy(),
                                s.getResponseDue(),
                                s.isResponseOverdue(today),
                                s.getResponse(),
                                s.getRespondedOn(),
                                s.getRespondedBy(),
                                s.getEscalatedOn()))
                        .toList(),
                proposal,
                guard,
                actions);
    }

    /** A date argument in Dutch notation; other arguments as they are. */
    static @Nullable String argument(@Nullable String argument) {
        if (argument != null && argument.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return CaseNotifications.date(LocalDate.parse(argument));
        }
        return argument;
    }

    /** The message key that names an enum argument (a signal's kind, an end reason), if the entry has one. */
    static @Nullable String argumentKey(TimelineKind kind, @Nullable String argument) {
        if (argument == null) {
            return null;
        }
        return switch (kind) {
            case SIGNAL_RECORDED, SIGNAL_RESPONDED, SIGNAL_ESCALATED, ESCALATION_STEP -> "cases.signalKind." + argument;
            case ENDED_EARLY -> "cases.endReason." + argument;
            default -> null;
        };
    }

    private static CaseView.Step step(CaseAgreement a, CurrentUser user, LocalDate today, boolean active) {
        WorkingAgreement agreement = a.getAgreement();
        boolean byFlow = agreement == WorkingAgreement.LEASE_TRANSFER || agreement == WorkingAgreement.WATCHFUL_PERIOD;
        return new CaseView.Step(
                agreement.number(),
                agreement,
                a.getParty(),
                a.getState(),
                a.getDueOn(),
                a.isOverdue(today),
                a.getNote(),
                a.getDoneOn(),
                a.getDoneBy(),
                active && a.isOpen() && !byFlow && CaseService.mayRecord(agreement, user));
    }

    private static CaseView.Proposal proposal(TransferProposal p, boolean full) {
        @Nullable TransferCriteria criteria = full ? p.criteria() : null;
        return new CaseView.Proposal(
                p.getStatus(),
                p.getProposedOn(),
                p.getProposerName(),
                criteria,
                p.getReviewerName(),
                p.getReviewedOn(),
                p.getReviewAgrees(),
                full ? p.getReviewNote() : null,
                p.getDecidedBy(),
                p.getDecidedOn(),
                p.getDecisionNote());
    }
}
