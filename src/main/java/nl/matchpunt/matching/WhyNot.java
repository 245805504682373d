package nl.matchpunt.matching;

import java.time.LocalDate;
import java.util.List;
import nl.matchpunt.matching.engine.HardRule;
import nl.matchpunt.matching.engine.UnmatchedReason;
import org.jspecify.annotations.Nullable;

/**
 * "Why not?" as a partner sees it about one of its own dwellings or clients: where it stands in matching today, how
 * many of the other side meet every hard rule, and which rules rule out the rest. It names no client and no dwelling
 * of another organisation; counts of clients shown to a corporation or care provider are {@code null} when they are
 * small enough to single a person out (1 up to {@link #smallCellThreshold()}).
 *
 * @param kind whether the subject is a dwelling or a client
 * @param subjectId the dwelling's or client's id
 * @param subject the dwelling's address or the client's code
 * @param situation where the subject stands in matching today
 * @param statusKey the message key of the subject's status when it takes no part in matching, else {@code null}
 * @param date for a vacancy not offered yet, the first round date that offers it; for a parked client, the day the
 *     parking ends; else {@code null}
 * @param feasible how many of the other side meet every hard rule, {@code null} when suppressed or not in matching
 * @param total how many of the other side take part in today's matching
 * @param perRule for every rule that rules out at least one, how many it rules out first (most first)
 * @param unmatchedReason for a dwelling that would get no proposal, why; else {@code null}
 * @param smallCellThreshold counts below this (from 1) are suppressed for this viewer; 1 when nothing is
 */
public record WhyNot(
        Kind kind,
        Long subjectId,
        String subject,
        Situation situation,
        @Nullable String statusKey,
        @Nullable LocalDate date,
        @Nullable Integer feasible,
        int total,
        List<RuleCount> perRule,
        @Nullable UnmatchedReason unmatchedReason,
        int smallCellThreshold) {

    public WhyNot {
        perRule = List.copyOf(perRule);
    }

    /** What the explanation is about. */
    public enum Kind {
        DWELLING,
        CLIENT
    }

    /** Where the subject stands in matching today. */
    public enum Situation {
        /** with today's data the round would propose it */
        WOULD_BE_PROPOSED,
        /** it takes part, but nothing on the other side meets every hard rule */
        NOTHING_FEASIBLE,
        /** it takes part and has feasible partners, yet the round's optimum gives them elsewhere */
        LOST_TO_OTHERS,
        /** a vacancy available only after the next round's horizon: a later round offers it */
        NOT_YET_AVAILABLE,
        /** it takes no part in matching (already proposed or placed, not yet eligible, parked, withdrawn, …) */
        NOT_IN_MATCHING
    }

    /**
     * How many a hard rule rules out first.
     *
     * @param rule the rule
     * @param count how many, or {@code null} when suppressed as a small cell
     */
    public record RuleCount(HardRule rule, @Nullable Integer count) {}

    /** Whether the subject takes part in today's matching (and the counts mean something). */
    public boolean inMatching() {
        return situation != Situation.NOT_YET_AVAILABLE && situation != Situation.NOT_IN_MATCHING;
    }
}
