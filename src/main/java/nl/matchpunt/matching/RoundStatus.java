package nl.matchpunt.matching;

/**
 * A round is OPEN while the coordinator reviews it, then CONFIRMED (proposals sent) or CANCELLED; a round left open
 * too long is EXPIRED by the daily job, its draft proposals released.
 */
public enum RoundStatus {
    OPEN,
    CONFIRMED,
    CANCELLED,
    EXPIRED
}
