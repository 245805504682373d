/**
 * Organisations: the municipality, the housing corporations and the care providers, their user accounts and
 * roles, login, and the organisation of the current user — the key to every organisation-scoped query.
 *
 * <p>Glossary: gemeente = municipality, woningcorporatie = housing corporation, zorgaanbieder = care provider,
 * coördinator = coordinator, beheerder = administrator, account = user account.
 */
@ApplicationModule(displayName = "Organisations", allowedDependencies = "shared")
@NullMarked
package nl.matchpunt.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
