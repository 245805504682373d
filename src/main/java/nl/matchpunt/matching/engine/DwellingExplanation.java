package nl.matchpunt.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Why a dwelling got (or did not get) a proposal.
 *
 * @param dwellingId the dwelling
 * @param feasibleClients how many waiting clients meet every hard rule for it
 * @param clients how many clients were waiting in the round
 * @param rejectionsPerRule how many clients each rule ruled out first (rules that ruled out none are absent)
 * @param mostExcludingRule the rule that ruled out most clients, or {@code null} when none was ruled out
 * @param proposedClient the client proposed for it, or {@code null}
 * @param unmatchedReason why it got no proposal, or {@code null} when it got one
 */
public record DwellingExplanation(
        String dwellingId,
        int feasibleClients,
        int clients,
        Map<HardRule, Integer> rejectionsPerRule,
        @Nullable HardRule mostExcludingRule,
        @Nullable String proposedClient,
        @Nullable UnmatchedReason unmatchedReason) {

    public DwellingExplanation {
        rejectionsPerRule = Map.copyOf(rejectionsPerRule);
    }

    /** The explanation as Dutch lines for the coordinator. */
    public List<String> toDutchLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Woning " + dwellingId + ": " + feasibleClients + " van de " + clients + " cliënten passen.");
        if (proposedClient != null) {
            lines.add("Voorgedragen aan cliënt " + proposedClient + ".");
        } else if (unmatchedReason != null) {
            lines.add("Geen voordracht: " + unmatchedReason.dutchText() + ".");
        }
        if (mostExcludingRule != null) {
            lines.add("Meeste cliënten vielen af op: " + mostExcludingRule.dutchText() + " ("
                    + rejectionsPerRule.get(mostExcludingRule) + ").");
        }
        for (HardRule rule : HardRule.values()) {
            Integer count = rejectionsPerRule.get(rule);
            if (count != null) {
                lines.add("  " + count + " cliënt(en) afgevallen: " + rule.dutchText());
            }
        }
        return lines;
    }
}
