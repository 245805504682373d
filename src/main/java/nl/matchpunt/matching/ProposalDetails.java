package nl.matchpunt.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.matchpunt.clients.CorporationView;
import nl.matchpunt.dwellings.DwellingView;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as one party sees it: the dwelling, what the client consented to share (for the corporation and
 * the coordinator), the timeline, and — for a party — the decisions it can still take.
 */
public record ProposalDetails(
        Proposal proposal,
        List<ProposalEvent> timeline,
        DwellingView dwelling,
        @Nullable CorporationView client,
        @Nullable Party viewerParty,
        List<DeclineReason> declineReasons,
        @Nullable DeclineReason declineReason,
        boolean stalled) {

    public boolean canDecide() {
        return viewerParty != null
                && proposal.getStatus() == ProposalStatus.SENT
                && proposal.decisionOf(viewerParty) == null;
    }

    public long daysWaiting(LocalDate today) {
        return ChronoUnit.DAYS.between(proposal.getEligibleSince(), today);
    }
}
