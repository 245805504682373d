/**
 * Clients: the people a care provider puts forward for a dwelling, their housing-need profile, the client's
 * consent to share profile fields with a corporation, the coordinator's eligibility decision, the target groups
 * (data the administrator keeps), and the retention of personal data (anonymised after a configurable period).
 *
 * <p>Only the client's own care provider and the coordinator see a client; a corporation never sees the
 * identity, only the client code and the fields the client consented to share ({@link
 * nl.matchpunt.clients.ClientService#corporationView(Long)}). What a viewer may see of a client, in pages and in
 * figures alike, is decided in one place, {@link nl.matchpunt.clients.ClientDisclosure}. The BSN is stored
 * encrypted, and searched only by POST, so that it never appears in an address.
 *
 * <p>Two ports, implemented by modules downstream (as matching's {@code ContingentSource} is by quota): {@link
 * nl.matchpunt.clients.PlacementEnds} (cases) tells when a placed client's case ended, from which its retention
 * period runs; {@link nl.matchpunt.clients.ClientRecordSource} (matching, cases) gives what those modules store
 * about a client, for the subject-access export, which also holds the consent history ({@link
 * nl.matchpunt.clients.ConsentChange}) and the audit records.
 *
 * <p>Glossary: cliënt = client, zorgaanbieder = care provider, woonbehoefteprofiel = housing-need profile,
 * doelgroep = target group, urgentie(besluit) = eligibility decision, urgentiedatum = eligible-since date,
 * aanmelden = register, indienen = submit, intrekken = withdraw, afwijzen = reject, parkeren = park,
 * zorgvuldig matchen = careful matching, toestemming = consent, persoonlijk begeleider = personal supervisor,
 * huishouden = household, inkomensklasse = income band, bewaartermijn = retention period,
 * anonimiseren = anonymise, inzageverzoek = subject-access request.
 */
@ApplicationModule(
        displayName = "Clients",
        allowedDependencies = {"shared", "organisations", "geography", "audit"})
@NullMarked
package nl.matchpunt.clients;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
