package nl.matchpunt.matching.engine;

import java.util.List;

/**
 * What the round knows about the supply to come, for the look-ahead part of the score: the dwellings offered over
 * the past year. For a client still within the 90-day promise ({@code w ≤ 90} days waited) the engine estimates how
 * many more feasible dwellings will come before the promise runs out,
 *
 * <pre>
 * λ(c) = q(c) × v × max(0, 90 − w − 7) / max(1, τ)
 * </pre>
 *
 * with {@code q(c)} the fraction of the past year's dwellings feasible for the client (how rare the combination of
 * hard requirements is), {@code v} the vacancies per day of the past year, the next round a week away, and {@code
 * τ} the competition: the clients within the promise waiting now per vacancy expected in the next {@code
 * competitionDays}. The chance of no other feasible dwelling in time is {@code e^−λ} (Poisson). The client then
 * gets, in the scarcity part, {@code inPromise + atRisk × e^−λ} points: every client who can still be housed within
 * 90 days comes before one whose promise is already broken (unless that one has waited very long: the waiting part
 * keeps rising), and among them the one least likely to get another chance comes first.
 *
 * @param pastYear the dwellings offered over the past year (their own ids; only the hard rules are used)
 * @param days the number of days {@code pastYear} covers
 * @param inPromise points for a client within the promise
 * @param atRisk points times the chance of no other feasible dwelling in time
 * @param competitionDays the horizon of the competition estimate
 */
public record Outlook(List<Dwelling> pastYear, int days, double inPromise, double atRisk, double competitionDays) {

    /** The promise: a home within this many days of eligibility. */
    public static final int PROMISE_DAYS = 90;

    public Outlook {
        pastYear = List.copyOf(pastYear);
        if (days <= 0 || !(inPromise >= 0) || !(atRisk >= 0) || !(competitionDays > 0)) {
            throw new IllegalArgumentException("outlook parameters must be positive");
        }
    }

    /** The defaults of {@code docs/matching.md} on the given past year. */
    public static Outlook of(List<Dwelling> pastYear, int days) {
        return new Outlook(pastYear, days, 250, 300, 45);
    }
}
