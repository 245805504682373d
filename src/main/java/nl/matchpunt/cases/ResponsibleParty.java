package nl.matchpunt.cases;

/** Who answers for a working agreement in a case. */
public enum ResponsibleParty {
    CORPORATION,
    CARE_PROVIDER,
    MUNICIPALITY,
    /** Corporation and care provider together; either may record it. */
    JOINTLY
}
