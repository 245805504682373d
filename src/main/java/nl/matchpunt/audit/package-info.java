/**
 * Audit: the append-only record of who read or changed personal data, when and for which organisation. Other
 * modules publish {@link nl.matchpunt.shared.PersonalDataAccessed}; this module records it. On PostgreSQL the
 * table refuses UPDATE, DELETE and TRUNCATE through a trigger.
 *
 * <p>Glossary: inzage = read, wijziging = change, toegangslog = access log.
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"shared", "organisations"})
@NullMarked
package nl.matchpunt.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
