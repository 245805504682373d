/**
 * Clients: the people a care provider puts forward for a dwelling, their housing-need profile, the client's
 * consent to share profile fields with a corporation, the coordinator's eligibility decision, the target groups
 * (data the administrator keeps), and the retention of personal data (anonymised after a configurable period).
 *
 * <p>Only the client's own care provider and the coordinator see a client; a corporation never sees the
 * identity, only the client code and the fields the client consented to share ({@link
 * nl.matchpunt.clients.ClientService#corporationView(Long)}). The BSN is stored encrypted.
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
