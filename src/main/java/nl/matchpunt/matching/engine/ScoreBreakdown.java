package nl.matchpunt.matching.engine;

import java.util.EnumMap;
import java.util.Map;

/**
 * A pair score split into its parts, each in hundredths of a point (cents). The score is exactly the sum of the
 * parts, so what the coordinator sees adds up, and the optimum over these integers is the optimum over the
 * two-decimal scores printed.
 */
public record ScoreBreakdown(long waiting, long preferences, long contingent, long spread, long scarcity) {

    /** The whole score in hundredths of a point. */
    public long total() {
        return waiting + preferences + contingent + spread + scarcity;
    }

    /** The value of one part in hundredths of a point. */
    public long part(ScorePart part) {
        return switch (part) {
            case WAITING -> waiting;
            case PREFERENCES -> preferences;
            case CONTINGENT -> contingent;
            case SPREAD -> spread;
            case SCARCITY -> scarcity;
        };
    }

    /** The parts in points (two decimals), in the order of {@link ScorePart}. */
    public Map<ScorePart, Double> points() {
        Map<ScorePart, Double> points = new EnumMap<>(ScorePart.class);
        for (ScorePart part : ScorePart.values()) {
            points.put(part, toPoints(part(part)));
        }
        return points;
    }

    /** Hundredths of a point as points. */
    public static double toPoints(long cents) {
        return cents / 100.0;
    }
}
