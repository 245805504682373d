package nl.matchpunt.matching.engine;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The pair score of {@link ScoreWeights} on a compiled instance, in hundredths of a point. */
final class Scorer {

    private final CompiledInstance instance;
    private final ScoreWeights weights;
    private final long[] waiting;
    private final long[] contingent;
    private final long[] clientScarcity;
    private final long[] spread;
    private final double[] floorFit;

    Scorer(CompiledInstance instance, ScoreWeights weights, int[] feasiblePerClient) {
        this.instance = instance;
        this.weights = weights;
        int m = instance.clientCount;
        int n = instance.dwellingCount;
        waiting = new long[m];
        contingent = new long[m];
        clientScarcity = new long[m];
        LocalDate referenceDate = instance.source.referenceDate();
        double dayOfYear = referenceDate.getDayOfYear();
        for (int c = 0; c < m; c++) {
            Client client = instance.clients[c];
            waiting[c] = cents(weights.waiting() * waitingShape(instance.waitingDays[c]));
            contingent[c] = cents(weights.contingent() * contingentShape(client.targetGroup(), dayOfYear));
            double share = n == 0 ? 1.0 : (double) feasiblePerClient[c] / n;
            clientScarcity[c] = cents(weights.scarcity() * 25.0 * (1.0 - share) * (1.0 - share));
        }
        spread = new long[n];
        floorFit = new double[n];
        for (int d = 0; d < n; d++) {
            Integer placements = instance.source.areaPlacementsLast12Months().get(instance.dwellings[d].area());
            spread[d] = -cents(weights.spread() * Math.min(placements == null ? 0 : placements, 40));
            floorFit[d] = 5.0 * (1.0 - Math.min(instance.walkUpFloors(d), 4) / 4.0);
        }
    }

    /** Adds the look-ahead points of {@link Outlook} (hundredths, per client) to the client's scarcity part. */
    void addOutlook(long[] points) {
        for (int c = 0; c < points.length; c++) {
            clientScarcity[c] += points[c];
        }
    }

    /** Steep towards the 90-day promise, and still rising after it. */
    static double waitingShape(long days) {
        if (days <= 90) {
            double x = days / 90.0;
            return 100.0 * x * x;
        }
        return 100.0 + (200.0 / 90.0) * (days - 90);
    }

    private double contingentShape(@Nullable String targetGroup, double dayOfYear) {
        if (targetGroup == null) {
            return 0;
        }
        Contingent plan = instance.source.contingents().get(targetGroup);
        if (plan == null || plan.plannedYear() <= 0) {
            return 0;
        }
        double expected = plan.plannedYear() * Math.min(dayOfYear, 365) / 365.0;
        double behind = (expected - plan.placedYearToDate()) / plan.plannedYear();
        return 100.0 * Math.max(-0.5, Math.min(0.5, behind));
    }

    private static long cents(double points) {
        return Math.round(points * 100.0);
    }

    /** The score of a feasible pair in hundredths of a point. */
    long total(int d, int c) {
        return waiting[c] + contingent[c] + spread[d] + preferences(d, c) + scarcity(d, c);
    }

    ScoreBreakdown breakdown(int d, int c) {
        return new ScoreBreakdown(waiting[c], preferences(d, c), contingent[c], spread[d], scarcity(d, c));
    }

    private long preferences(int d, int c) {
        double points = floorFit[d];
        if (instance.preferred(d, c)) {
            points += 10;
        }
        if (instance.careTeamMatch(d, c)) {
            points += 10;
        }
        return cents(weights.preferences() * points);
    }

    private long scarcity(int d, int c) {
        double points = 0;
        if (instance.accessibleMatch(d, c)) {
            points += 30;
        }
        if (instance.largeMatch(d, c)) {
            points += 20;
        }
        if (instance.stepFreeMatch(d, c)) {
            points += 10;
        }
        return clientScarcity[c] + cents(weights.scarcity() * points);
    }
}
