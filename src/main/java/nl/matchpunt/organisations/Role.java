package nl.matchpunt.organisations;

/** What a user account may do; each role belongs to one kind of organisation. */
public enum Role {
    COORDINATOR(OrganisationType.MUNICIPALITY),
    ADMIN(OrganisationType.MUNICIPALITY),
    CORPORATION_STAFF(OrganisationType.HOUSING_CORPORATION),
    CARE_PROVIDER_STAFF(OrganisationType.CARE_PROVIDER);

    private final OrganisationType organisationType;

    Role(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    public OrganisationType organisationType() {
        return organisationType;
    }

    /** The Spring Security authority, e.g. {@code ROLE_COORDINATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
