package nl.matchpunt.matching;

/** The two parties that decide on a proposal. */
public enum Party {
    CORPORATION,
    CARE_PROVIDER
}
