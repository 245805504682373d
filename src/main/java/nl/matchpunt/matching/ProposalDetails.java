package nl.matchpunt.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<String, DeclineReason> timelineReasons,
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

    /** The name of a decline reason on the timeline, as the reason list names it; its code only if it is gone. */
    public String reasonName(String code, Locale locale) {
        DeclineReason reason = timelineReasons.get(code);
        return reason == null ? code : reason.name(locale);
    }

    public long daysWaiting(LocalDate today) {
        return ChronoUnit.DAYS.between(proposal.getEligibleSince(), today);
    }
}
