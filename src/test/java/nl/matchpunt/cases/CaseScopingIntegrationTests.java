package nl.matchpunt.cases;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import nl.matchpunt.matching.PlacementAgreed;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseScopingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OrganisationService organisations;

    @Test
    void theProviderSeesItsClientsCaseInFullAndTheCorporationWithoutCareDetails() throws Exception {
        PlacementAgreed placement = CaseTestData.placement(
                organisations, "ymere", "hvo-querido", LocalDate.now(AMSTERDAM).minusDays(20), false);
        long id = CaseTestData.open(transactions, events, placement);
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        HttpResponse<String> review = hvo.postForm(
                "/cases/" + id + "/reviews",
                "/cases/" + id + "/reviews/new",
                Map.of(
                        "heldOn",
                        LocalDate.now(AMSTERDAM).toString(),
                        "rentPaidOnTime",
                        "true",
                        "neighbourhoodNetwork",
                        "Netwerk-vertrouwelijk-" + id,
                        "supportGoalProgress",
                        "Doelen-vertrouwelijk-" + id,
                        "note",
                        ""));
        assertThat(review.statusCode()).isEqualTo(302);

        String full = hvo.get("/cases/" + id).body();
        assertThat(full)
                .contains(placement.clientCode(), "Netwerk-vertrouwelijk-" + id, "2. Begeleidingsplan met doelen")
                .contains("href=\"/clients/" + placement.clientId() + "\"")
                .doesNotContain("href=\"/dwellings/");

        HttpResponse<String> limited = WebSession.loggedIn(port, "ymere").get("/cases/" + id);
        assertThat(limited.statusCode()).isEqualTo(200);
        assertThat(limited.body())
                .contains(placement.clientCode(), placement.dwellingAddress(), "4. Kennismaking in de woning")
                .contains("href=\"/dwellings/" + placement.dwellingId() + "\"")
                .doesNotContain(
                        "Netwerk-vertrouwelijk-" + id,
                        "Doelen-vertrouwelijk-" + id,
                        "2. Begeleidingsplan met doelen",
                        "7. Ondersteuning bij financieel beheer",
                        placement.targetGroupCode(),
                        "href=\"/clients/");

        String coordinator =
                WebSession.loggedIn(port, "coordinator").get("/cases/" + id).body();
        assertThat(coordinator)
                .contains("Netwerk-vertrouwelijk-" + id)
                .contains("href=\"/clients/" + placement.clientId() + "\"")
                .contains("href=\"/dwellings/" + placement.dwellingId() + "\"");
    }

    @Test
    void anotherProviderOrCorporationGetsA404AndChangesNothing() throws Exception {
        long id = CaseTestData.open(
                transactions,
                events,
                CaseTestData.placement(organisations, "ymere", "hvo-querido", LocalDate.now(AMSTERDAM), false));

        for (String outsider : new String[] {"leger", "rochdale"}) {
            WebSession session = WebSession.loggedIn(port, outsider);
            HttpResponse<String> read = session.get("/cases/" + id);
            assertThat(read.statusCode()).isEqualTo(404);
            assertThat(read.body()).contains("Niet gevonden");
            HttpResponse<String> write = session.postForm(
                    "/cases/" + id + "/signals", "/cases", Map.of("kind", "NUISANCE", "description", "poging"));
            assertThat(write.statusCode()).isEqualTo(404);
        }
        assertThat(CaseTestData.count("select count(*) from case_signal where case_id = ?", id))
                .isZero();
        assertThat(WebSession.loggedIn(port, "admin").get("/cases").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCorporationCannotDoTheProvidersSteps() throws Exception {
        long id = CaseTestData.open(
                transactions,
                events,
                CaseTestData.placement(organisations, "ymere", "hvo-querido", LocalDate.now(AMSTERDAM), false));
        WebSession ymere = WebSession.loggedIn(port, "ymere");

        assertThat(ymere.get("/cases/" + id + "/agreements/2").statusCode()).isEqualTo(404);
        HttpResponse<String> step = ymere.postForm(
                "/cases/" + id + "/agreements/2",
                "/cases/" + id,
                Map.of("outcome", "DONE", "doneOn", LocalDate.now(AMSTERDAM).toString(), "note", "poging"));
        assertThat(step.statusCode()).isIn(403, 404);
        assertThat(CaseTestData.count("select count(*) from case_agreement where case_id = ? and state = 'DONE'", id))
                .isEqualTo(1);
    }

    @Test
    void eachListShowsOnlyTheOrganisationsOwnCases() throws Exception {
        long ymere = organisations.findByCode("ymere").orElseThrow().id();
        long hvo = organisations.findByCode("hvo-querido").orElseThrow().id();
        long ymereCases = CaseTestData.count("select count(*) from placement_case where corporation_id = ?", ymere);
        long hvoCases = CaseTestData.count("select count(*) from placement_case where care_provider_id = ?", hvo);

        assertThat(WebSession.loggedIn(port, "ymere").get("/cases").body())
                .contains("Trajecten (" + ymereCases + " in totaal)");
        assertThat(WebSession.loggedIn(port, "hvo").get("/cases").body())
                .contains("Trajecten (" + hvoCases + " in totaal)");
        assertThat(ymereCases).isPositive();
        assertThat(hvoCases).isPositive();
    }

    @Test
    void theCoordinatorFiltersAllCasesByPhaseAndOverdueAndPagesThroughThem() throws Exception {
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        long approved = CaseTestData.count(
                "select count(*) from placement_case where phase = 'TRANSFER_APPROVED' and id > ?", 0);
        long overdue = CaseTestData.count(
                "select count(*) from placement_case where next_due < (now() at time zone 'Europe/Amsterdam')::date and id > ?",
                0);

        assertThat(coordinator.get("/cases?phase=TRANSFER_APPROVED").body())
                .contains("Trajecten (" + approved + " in totaal)");
        assertThat(coordinator.get("/cases?overdue=true").body())
                .contains("Trajecten (" + overdue + " in totaal)")
                .contains("Verlopen");
        String first = coordinator.get("/cases").body();
        assertThat(first).contains("href=\"/cases?page=1\"");
        HttpResponse<String> second = coordinator.get("/cases?page=1");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("href=\"/cases?page=0\"");
    }
}
