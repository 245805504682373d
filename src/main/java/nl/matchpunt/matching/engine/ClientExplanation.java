package nl.matchpunt.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Why a client got (or did not get) a proposal ("waarom niet?").
 *
 * @param clientId the client
 * @param feasibleDwellings the dwellings that meet every hard rule, by id
 * @param rejections for every other dwelling the first hard rule that failed, by dwelling id
 * @param rejectionsPerRule how many dwellings each rule ruled out (rules that ruled out none are absent)
 * @param proposedDwelling the dwelling proposed to the client, or {@code null}
 * @param noProposalReason when the client had feasible dwellings but no proposal, why (in Dutch), else {@code null}
 */
public record ClientExplanation(
        String clientId,
        List<String> feasibleDwellings,
        List<Rejection> rejections,
        Map<HardRule, Integer> rejectionsPerRule,
        @Nullable String proposedDwelling,
        @Nullable String noProposalReason) {

    /**
     * A dwelling ruled out for the client.
     *
     * @param dwellingId the dwelling
     * @param rule the first hard rule that failed
     */
    public record Rejection(String dwellingId, HardRule rule) {}

    public ClientExplanation {
        feasibleDwellings = List.copyOf(feasibleDwellings);
        rejections = List.copyOf(rejections);
        rejectionsPerRule = Map.copyOf(rejectionsPerRule);
    }

    /** The explanation as Dutch lines for the coordinator. */
    public List<String> toDutchLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Cliënt " + clientId + ": " + feasibleDwellings.size() + " passende woning(en)"
                + (feasibleDwellings.isEmpty() ? "." : ": " + String.join(", ", feasibleDwellings) + "."));
        if (proposedDwelling != null) {
            lines.add("Voorgedragen voor woning " + proposedDwelling + ".");
        } else if (noProposalReason != null) {
            lines.add("Geen voordracht: " + noProposalReason + ".");
        } else {
            lines.add("Geen voordracht: geen enkele woning voldoet aan alle harde eisen.");
        }
        for (HardRule rule : HardRule.values()) {
            Integer count = rejectionsPerRule.get(rule);
            if (count != null) {
                lines.add("  " + count + " woning(en) afgevallen: " + rule.dutchText());
            }
        }
        for (Rejection rejection : rejections) {
            lines.add("  woning " + rejection.dwellingId() + ": "
                    + rejection.rule().dutchText());
        }
        return lines;
    }
}
