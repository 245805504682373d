/**
 * Audit: the append-only record of who read or changed personal data, when and for which organisation. Other
 * modules publish {@link nl.matchpunt.shared.PersonalDataAccessed}; this module records it. On PostgreSQL the
 * table refuses UPDATE, DELETE and TRUNCATE through a trigger.
 *
 * <p>The model of a read: one record per record of personal data shown, per request. A detail page is one record
 * ({@link nl.matchpunt.shared.PersonalDataAccessed}); a list or search page ({@link
 * nl.matchpunt.shared.PersonalDataListed}) is one record per client it shows, naming the page in the detail, and
 * none when it shows nobody. One row per client, not one row naming all the clients of a page, because the
 * question asked of the log is "who saw this client", answered from the client's access log page by the existing
 * index on (subject_type, subject_id) without searching inside texts. It stays cheap: the rows of a page (at most
 * its page size, 25) are written in one JDBC batch, one round trip, in the transaction of the read itself, so a
 * list page costs one extra statement and no extra connection. A BSN search records the clients it found (or,
 * when it found none, one record of the search), never the BSN. The access log page shows each record's action
 * and page as a Dutch explanation ({@code clients.accessLog.*} messages).
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
