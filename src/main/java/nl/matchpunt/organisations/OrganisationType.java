package nl.matchpunt.organisations;

/** The three kinds of partner organisation. */
public enum OrganisationType {
    MUNICIPALITY,
    HOUSING_CORPORATION,
    CARE_PROVIDER
}
