package nl.matchpunt.matching.engine;

import java.util.Properties;

/**
 * The weights of the pair score. The score of dwelling {@code d} for client {@code c} is the sum of five parts,
 * each a weight times a fixed shape, each rounded to hundredths of a point:
 *
 * <ul>
 *   <li><b>waiting</b> = {@code waiting × f(days)} with {@code days} the days from eligibility to the round,
 *       {@code f(days) = 100 × (days/90)²} up to 90 days (steep towards the three-month promise) and
 *       {@code 100 + (200/90) × (days − 90)} after it (still rising, with the slope it had at 90 days).
 *   <li><b>preferences</b> = {@code preferences × (10 × [d.district in c.preferredDistricts] + 10 ×
 *       [d.district = c.careTeamDistrict] + 5 × (1 − min(walkUp, 4)/4))}, with {@code walkUp} = 0 when the dwelling
 *       has an elevator, else its floor.
 *   <li><b>contingent</b> = {@code contingent × 100 × clamp((expected − placed)/planned, −0.5, 0.5)} for the
 *       client's target group, with {@code expected = plannedYear × dayOfYear/365} on the reference date; 0 when
 *       the group has no contingent or plans nothing. A group behind its plan gets a bonus, one ahead a penalty.
 *   <li><b>spread</b> = {@code −spread × min(areaPlacementsLast12Months(d.area), 40)}.
 *   <li><b>scarcity</b> = {@code scarcity × (30 × [d.accessible and c.needsAccessible] + 20 × [d.rooms ≥ 4 and
 *       c.minRooms ≥ 4] + 10 × [d step-free and c.needsElevator] + 25 × (1 − feasible(c)/dwellings)²)}: a dwelling
 *       with a rare feature goes preferably to a client who needs it, and a client for whom few of the round's
 *       dwellings are feasible gets a bonus over one who could take almost any.
 * </ul>
 *
 * <p>Defaults (see {@code application.properties}, keys {@code matchpunt.matching.weights.*}) were chosen with
 * the year simulation of the {@code simulate} command; see {@code docs/matching.md}.
 *
 * @param waiting weight of the waiting part
 * @param preferences weight of the preferences part
 * @param contingent weight of the contingent part
 * @param spread weight of the spread part
 * @param scarcity weight of the scarcity part
 */
public record ScoreWeights(double waiting, double preferences, double contingent, double spread, double scarcity) {

    /** The prefix of the weight keys in {@code application.properties}. */
    public static final String PROPERTY_PREFIX = "matchpunt.matching.weights.";

    private static final ScoreWeights DEFAULTS = new ScoreWeights(1.0, 0.3, 2.0, 0.25, 1.0);

    public ScoreWeights {
        check("waiting", waiting);
        check("preferences", preferences);
        check("contingent", contingent);
        check("spread", spread);
        check("scarcity", scarcity);
    }

    private static void check(String name, double weight) {
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException(PROPERTY_PREFIX + name + ": must be a number of at least 0");
        }
    }

    /** The built-in defaults, the same as in {@code application.properties}. */
    public static ScoreWeights defaults() {
        return DEFAULTS;
    }

    /**
     * Reads the weights from properties with keys {@code matchpunt.matching.weights.<part>}; a missing key keeps
     * the default.
     *
     * @throws IllegalArgumentException when a value is not a number of at least 0, naming the key
     */
    public static ScoreWeights fromProperties(Properties properties) {
        return new ScoreWeights(
                read(properties, "waiting", DEFAULTS.waiting),
                read(properties, "preferences", DEFAULTS.preferences),
                read(properties, "contingent", DEFAULTS.contingent),
                read(properties, "spread", DEFAULTS.spread),
                read(properties, "scarcity", DEFAULTS.scarcity));
    }

    private static double read(Properties properties, String name, double fallback) {
        String value = properties.getProperty(PROPERTY_PREFIX + name);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY_PREFIX + name + ": must be a number of at least 0", e);
        }
    }
}
