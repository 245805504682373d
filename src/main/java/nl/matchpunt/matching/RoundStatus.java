package nl.matchpunt.matching;

/** A round is OPEN while the coordinator reviews it, then CONFIRMED (proposals sent) or CANCELLED. */
public enum RoundStatus {
    OPEN,
    CONFIRMED,
    CANCELLED
}
