package nl.matchpunt.cases;

/** Why a case ended before its closure. */
public enum EndReason {
    EVICTION,
    OTHER_CARE,
    DEATH,
    LEFT
}
