package nl.matchpunt.organisations;

/**
 * The logged-in user as the other modules see it: who, with which role, for which organisation. Every query on
 * organisation-owned data is scoped with {@link #organisationId()}.
 */
public record CurrentUser(
        Long userId,
        String username,
        String displayName,
        Role role,
        Long organisationId,
        String organisationName,
        OrganisationType organisationType) {

    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isCorporationStaff() {
        return role == Role.CORPORATION_STAFF;
    }

    public boolean isCareProviderStaff() {
        return role == Role.CARE_PROVIDER_STAFF;
    }

    /** True for the municipality's users, who see the records of all organisations. */
    public boolean isMunicipality() {
        return organisationType == OrganisationType.MUNICIPALITY;
    }
}
