package nl.matchpunt.organisations;

/** An organisation as the other modules see it. */
public record OrganisationSummary(Long id, String code, String name, OrganisationType type, boolean active) {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(
                organisation.getId(),
                organisation.getCode(),
                organisation.getName(),
                organisation.getType(),
                organisation.isActive());
    }
}
