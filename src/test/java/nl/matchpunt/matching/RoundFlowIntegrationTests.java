package nl.matchpunt.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.ClientStatus;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.dwellings.DwellingStatus;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RecordedEvents;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RoundFlowIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    RunAs runAs;

    @Autowired
    RoundService rounds;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    DwellingService dwellings;

    @Autowired
    ClientService clients;

    @Autowired
    Clock clock;

    @Autowired
    nl.matchpunt.organisations.OrganisationService organisations;

    @Autowired
    RecordedEvents events;

    @Test
    void aRoundGoesOutAndBothAcceptancesAllocateTheDwellingOnce() {
        Long dwelling = fixtures.dwelling("ymere");
        Long client = fixtures.eligibleClient("hvo", LocalDate.now(clock).minusDays(100));
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");

        Long roundId = openRoundOverHttp(coordinator);
        Proposal proposal = onlyOurPair(roundId, dwelling, client);
        String roundPage = coordinator.get("/rounds/" + roundId).body();
        assertThat(roundPage).contains(proposal.getClientCode()).contains("Langer dan 90 dagen");

        HttpResponse<String> confirmed =
                coordinator.postForm("/rounds/" + roundId + "/confirm", "/rounds/" + roundId, Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(status(proposal)).isEqualTo(ProposalStatus.SENT);
        assertThat(dwellings.viewForMatching(dwelling).status()).isEqualTo(DwellingStatus.PROPOSED);

        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String seenByCorporation = ymere.get("/proposals/" + proposal.getId()).body();
        assertThat(seenByCorporation).contains(proposal.getClientCode()).doesNotContain("Testpersoon");
        assertThat(WebSession.loggedIn(port, "ymere").get("/notifications").body())
                .contains("Nieuwe voordracht");

        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String path = "/proposals/" + proposal.getId();
        assertThat(hvo.postForm(path + "/accept", path, Map.of()).statusCode()).isEqualTo(302);
        assertThat(status(proposal)).isEqualTo(ProposalStatus.SENT);

        String token = ymere.csrfToken(path);
        ymere.postRaw(path + "/accept", Map.of("_csrf", token));
        ymere.postRaw(path + "/accept", Map.of("_csrf", token));

        assertThat(status(proposal)).isEqualTo(ProposalStatus.AGREED);
        assertThat(dwellings.viewForMatching(dwelling).status()).isEqualTo(DwellingStatus.ALLOCATED);
        assertThat(runAs.get("hvo", () -> clients.get(client).status())).isEqualTo(ClientStatus.PLACED);
        assertThat(events.placements().stream().filter(e -> e.proposalId().equals(proposal.getId())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.dwellingId()).isEqualTo(dwelling);
                    assertThat(e.clientId()).isEqualTo(client);
                });
        assertThat(hvo.get(path).body()).contains("Toegewezen");

        HttpResponse<String> lateDecline = hvo.postRaw(
                path + "/decline", Map.of("_csrf", hvo.csrfToken("/proposals"), "reasonCode", "", "note", "te laat"));
        assertThat(lateDecline.statusCode()).isEqualTo(302);
        assertThat(hvo.get(path).body()).contains("Dat kan niet meer");
        assertThat(status(proposal)).isEqualTo(ProposalStatus.AGREED);
    }

    @Test
    void otherOrganisationsCannotSeeOrDecideAProposal() {
        Long dwelling = fixtures.dwelling("ymere");
        Long client = fixtures.eligibleClient("hvo", LocalDate.now(clock).minusDays(20));
        Proposal proposal = confirmedProposal(dwelling, client);
        String path = "/proposals/" + proposal.getId();

        for (String outsider : List.of("rochdale", "leger")) {
            WebSession session = WebSession.loggedIn(port, outsider);
            assertThat(session.get(path).statusCode()).isEqualTo(404);
            String token = session.csrfToken("/proposals");
            assertThat(session.postRaw(path + "/accept", Map.of("_csrf", token)).statusCode())
                    .isEqualTo(404);
            assertThat(session.get("/proposals").body()).doesNotContain(proposal.getClientCode());
        }
        assertThat(WebSession.loggedIn(port, "admin").get(path).statusCode()).isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "ymere").get("/rounds").statusCode())
                .isEqualTo(403);
        Proposal after = proposals.findById(proposal.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(ProposalStatus.SENT);
        assertThat(after.getCorporationDecision()).isNull();
        assertThat(after.getProviderDecision()).isNull();
    }

    @Test
    void aRefusedOneTimeOfferParksTheClientOnceTheCoordinatorConfirms() {
        Long dwelling = fixtures.dwelling("ymere");
        Long client = fixtures.eligibleClient("hvo", LocalDate.now(clock).minusDays(30));
        Proposal proposal = confirmedProposal(dwelling, client);
        String path = "/proposals/" + proposal.getId();

        WebSession hvo = WebSession.loggedIn(port, "hvo");
        HttpResponse<String> empty = hvo.postForm(path + "/decline", path, Map.of("reasonCode", "", "note", "x"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Kies een reden.");

        hvo.postForm(path + "/decline", path, Map.of("reasonCode", "CLIENT_REFUSED", "note", "Wil niet in Noord"));
        assertThat(status(proposal)).isEqualTo(ProposalStatus.DECLINED);
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        assertThat(coordinator.get("/proposals/follow-up").body()).contains(proposal.getClientCode());

        coordinator.postForm(path + "/confirm-decline", path, Map.of());

        assertThat(status(proposal)).isEqualTo(ProposalStatus.DECLINE_CONFIRMED);
        assertThat(runAs.get("hvo", () -> clients.get(client).status())).isEqualTo(ClientStatus.PARKED);
        assertThat(dwellings.viewForMatching(dwelling).status()).isEqualTo(DwellingStatus.AVAILABLE);
        assertThat(coordinator.get(path).body())
                .contains("Afwijzing bevestigd", "Wil niet in Noord", "Cliënt weigert het eenmalige aanbod")
                .as("the timeline names the reason, not its code")
                .doesNotContain("CLIENT_REFUSED");
    }

    @Test
    void whyNotExplainsAClientThatNoDwellingFits() {
        Long client = fixtures.eligibleClient("hvo", LocalDate.now(clock).minusDays(5));
        String page = WebSession.loggedIn(port, "coordinator")
                .get("/rounds/why-not/clients/" + client)
                .body();

        assertThat(page).contains("Waarom niet").contains("Uitgesloten per regel");
    }

    @Test
    void anIntakeCapacityOfZeroKeepsAProvidersClientsOutOfTheRound() {
        Long hvo = organisations.findByCode("hvo-querido").orElseThrow().id();
        fixtures.eligibleClient("hvo", LocalDate.now(clock).minusDays(80));
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        String path = "/rounds/capacities/" + hvo;

        HttpResponse<String> wrong = coordinator.postForm(path, "/rounds/capacities", Map.of("capacity", "veel"));
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/rounds/capacities").body()).contains("Vul een geheel getal in");

        coordinator.postForm(path, "/rounds/capacities", Map.of("capacity", "0"));
        try {
            Long roundId = openRoundOverHttp(coordinator);
            assertThat(proposals.findByRoundIdAndStatus(roundId, ProposalStatus.DRAFT))
                    .isNotEmpty()
                    .noneMatch(p -> p.getCareProviderId().equals(hvo));
            runAs.run("coordinator", () -> rounds.cancel(roundId));
        } finally {
            coordinator.postForm(path, "/rounds/capacities", Map.of("capacity", ""));
        }
        assertThat(runAs.get("coordinator", () -> rounds.intakeCapacities())).doesNotContainKey(hvo);
    }

    private Long openRoundOverHttp(WebSession coordinator) {
        HttpResponse<String> opened = coordinator.postRaw("/rounds", coordinator.hiddenFields("/rounds", "/rounds"));
        assertThat(opened.statusCode()).isEqualTo(302);
        String location = opened.headers().firstValue("Location").orElseThrow();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    private Proposal onlyOurPair(Long roundId, Long dwelling, Long client) {
        return proposals.findById(fixtures.keepOnly(roundId, dwelling, client)).orElseThrow();
    }

    private Proposal confirmedProposal(Long dwelling, Long client) {
        Long roundId = fixtures.openRound();
        Proposal proposal = onlyOurPair(roundId, dwelling, client);
        runAs.run("coordinator", () -> rounds.confirm(roundId));
        return proposals.findById(proposal.getId()).orElseThrow();
    }

    private ProposalStatus status(Proposal proposal) {
        return proposals.findById(proposal.getId()).orElseThrow().getStatus();
    }
}
