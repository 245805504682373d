package nl.matchpunt.matching.engine;

/**
 * The hard requirements of MATCHING.md, in the order of its table. A pair is feasible only if every rule holds;
 * when several fail, the first in this order is the reason given.
 */
public enum HardRule {
    /** {@code c.maxRent} absent, or {@code d.rent <= c.maxRent}. */
    AFFORDABLE("huur hoger dan maximale huur van de cliënt"),
    /** {@code d.rooms >= c.minRooms}. */
    BIG_ENOUGH("minder kamers dan de cliënt nodig heeft"),
    /** {@code c.maxRooms} absent, or {@code d.rooms <= c.maxRooms}. */
    NOT_TOO_BIG("meer kamers dan de cliënt wil"),
    /** Not {@code c.needsElevator}, or {@code d.floor == 0}, or {@code d.elevator}. */
    REACHABLE("niet op de begane grond en geen lift, cliënt heeft een lift nodig"),
    /** {@code c.maxFloor} absent, or {@code d.floor <= c.maxFloor}. */
    FLOOR_LIMIT("verdieping hoger dan de cliënt aankan"),
    /** Not {@code c.needsAccessible}, or {@code d.accessible}. */
    ACCESSIBLE("niet rolstoeltoegankelijk, cliënt heeft dat nodig"),
    /** Not {@code c.needsOwnEntrance}, or not {@code d.sharedEntrance}. */
    OWN_ENTRANCE("gedeelde entree, cliënt heeft een eigen entree nodig"),
    /** {@code d.district} not in {@code c.excludedDistricts} and {@code d.area} not in {@code c.excludedAreas}. */
    NOT_EXCLUDED("stadsdeel of gebied uitgesloten voor de cliënt"),
    /** {@code c.eligibleSince <= referenceDate}. */
    ELIGIBLE("cliënt is op de peildatum nog niet urgent");

    private final String dutchText;

    HardRule(String dutchText) {
        this.dutchText = dutchText;
    }

    /** The reason shown to the coordinator when this rule fails, in Dutch. */
    public String dutchText() {
        return dutchText;
    }
}
