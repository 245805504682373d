package nl.matchpunt.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 16, "rounds that can always be finished": what a round offers, and how it can be filled and closed. */
@IntegrationTest
class RoundCompletionIntegrationTests {

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
    UnmatchedDwellingRepository unmatched;

    @Autowired
    Clock clock;

    @Autowired
    MatchingRoundRepository roundRepository;

    @Autowired
    ProposalEventRepository events;

    @Autowired
    StaleRounds staleRounds;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVacancyAvailableInSixtyDaysIsNotOfferedInTodaysRoundButOneWithinTheWeekIs() {
        LocalDate today = LocalDate.now(clock);
        Long later = fixtures.dwelling("ymere", today.plusDays(60));
        Long soon = fixtures.dwelling("ymere", today.plusDays(5));
        fixtures.eligibleClient("hvo", today.minusDays(110));

        Long roundId = fixtures.openRound();

        assertThat(dwellingsOffered(roundId)).contains(soon).doesNotContain(later);
        assertThat(runAs.get("coordinator", () -> rounds.candidates(roundId, later)))
                .isEmpty();
    }

    @Test
    void aRemovedProposalLeavesItsDwellingOpenWithTheBestClientsFirstAndItCanBeFilledAgain() {
        LocalDate today = LocalDate.now(clock);
        Long dwelling = fixtures.dwelling("ymere");
        Long first = fixtures.eligibleClient("hvo", today.minusDays(110));
        Long second = fixtures.eligibleClient("leger", today.minusDays(100));
        Long roundId = fixtures.openRound();
        Long draft = fixtures.keepOnly(roundId, dwelling, first);
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        String roundPath = "/rounds/" + roundId;

        HttpResponse<String> removed =
                coordinator.postForm(roundPath + "/proposals/" + draft + "/remove", roundPath, Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);

        Long auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_record", Long.class);
        String page = coordinator.get(roundPath).body();
        Long auditAfter = jdbc.queryForObject("select coalesce(max(id), 0) from audit_record", Long.class);
        assertThat(page).doesNotContain("Elke woning heeft een voorstel.");
        String row = openRow(page, dwelling);
        assertThat(row).contains("Voorstel verwijderd: de woning staat weer open in deze ronde", "Cliënt voorstellen");
        List<RoundService.Alternative> candidates =
                runAs.get("coordinator", () -> rounds.candidates(roundId, dwelling));
        assertThat(candidates)
                .extracting(RoundService.Alternative::clientId)
                .contains(second)
                .doesNotContain(first);
        assertThat(candidates)
                .extracting(a -> a.score().total())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(bestShown(row))
                .containsExactlyElementsOf(candidates.stream()
                        .limit(RoundView.BEST_SHOWN)
                        .map(RoundService.Alternative::clientCode)
                        .toList());
        for (RoundService.Alternative shown :
                candidates.subList(0, Math.min(RoundView.BEST_SHOWN, candidates.size()))) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_record where id > ? and id <= ? and username = 'coordinator'"
                                    + " and subject_type = 'CLIENT' and subject_id = ?",
                            Integer.class,
                            auditBefore,
                            auditAfter,
                            shown.clientId().toString()))
                    .as("records of client %s shown on the round page", shown.clientCode())
                    .isOne();
        }

        HttpResponse<String> added = coordinator.postForm(
                roundPath + "/dwellings/" + dwelling + "/add",
                roundPath + "/dwellings/" + dwelling + "/candidates",
                Map.of("clientId", second.toString()));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(roundPath);
        assertThat(proposals.findByRoundIdAndStatus(roundId, ProposalStatus.DRAFT))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.getDwellingId()).isEqualTo(dwelling);
                    assertThat(p.getClientId()).isEqualTo(second);
                });
        assertThat(coordinator.get(roundPath).body()).doesNotContain("id=\"open-dwelling-" + dwelling + "\"");
    }

    @Test
    void oneRoundIsOpenAtATimeAndANewOneNeedsTheExplicitChoiceToCloseIt() {
        Long openId = fixtures.openRound();
        MatchingRound open = roundRepository.findById(openId).orElseThrow();
        String name = "Ronde week " + open.getWeek() + ", " + open.getWeekYear();
        List<Long> drafts = proposals.findByRoundIdAndStatus(openId, ProposalStatus.DRAFT).stream()
                .map(Proposal::getId)
                .toList();
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        long roundsBefore = roundRepository.count();

        String list = coordinator.get("/rounds").body();
        assertThat(list)
                .contains(name + " (peildatum ")
                .contains("staat nog open. Er kan maar één ronde tegelijk open staan.")
                .contains("href=\"/rounds/" + openId + "\">Naar de open ronde: " + name + "</a>")
                .contains("Nieuwe ronde starten en " + name + " sluiten")
                .doesNotContainPattern("Ronde week \\d+, \\d\\.\\d{3}");

        HttpResponse<String> refused = coordinator.postForm("/rounds", "/rounds", Map.of());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/rounds");
        assertThat(coordinator.get("/rounds").body())
                .contains("Er staat al een ronde open. Rond die eerst af, of kies hieronder uitdrukkelijk");
        assertThat(roundRepository.count()).isEqualTo(roundsBefore);
        assertThat(roundRepository.findById(openId).orElseThrow().getStatus()).isEqualTo(RoundStatus.OPEN);

        HttpResponse<String> chosen = coordinator.postRaw("/rounds", coordinator.hiddenFields("/rounds", "/rounds"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        String location = chosen.headers().firstValue("Location").orElseThrow();
        Long newId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        assertThat(newId).isNotEqualTo(openId);
        assertThat(roundRepository.findById(openId).orElseThrow().getStatus()).isEqualTo(RoundStatus.CANCELLED);
        assertThat(drafts)
                .allSatisfy(
                        id -> assertThat(proposals.findById(id).orElseThrow().getStatus())
                                .isEqualTo(ProposalStatus.REMOVED));
        assertThat(runAs.get("coordinator", () -> rounds.openRound()))
                .hasValueSatisfying(r -> assertThat(r.getId()).isEqualTo(newId));
        MatchingRound fresh = roundRepository.findById(newId).orElseThrow();
        assertThat(coordinator.get("/rounds/" + newId).body())
                .contains("<h1>Ronde week " + fresh.getWeek() + ", " + fresh.getWeekYear() + " (peildatum ");
    }

    @Test
    void twoCoordinatorsOpeningAtOnceLeaveOneOpenRound() throws Exception {
        Long previous = fixtures.openRound();
        runAs.run("coordinator", () -> rounds.cancel(previous));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Boolean>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        runAs.run("coordinator", () -> rounds.open());
                        return true;
                    } catch (OpenRoundException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            List<Boolean> opened = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Boolean> outcome : outcomes) {
                opened.add(outcome.get());
            }
            assertThat(opened).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(roundRepository.findByStatusOrderByOpenedAtDescIdDesc(RoundStatus.OPEN))
                .hasSize(1);
    }

    @Test
    void aRoundLeftOpenTooLongIsClosedByTheDailyJobWithItsDraftsReleased() {
        LocalDate today = LocalDate.now(clock);
        Long current = fixtures.openRound();
        Long dwelling = fixtures.dwelling("rochdale");
        Long client = fixtures.eligibleClient("leger", today.minusDays(30));
        MatchingRound stale = roundRepository.save(
                new MatchingRound(today.minusDays(15), clock.instant(), "coordinator", 1, 1, 1, BigDecimal.ONE, 0));
        Proposal draft = proposals.save(new Proposal(
                stale.getId(),
                new ProposalDwelling(dwelling, 0L, "Testpad", 0L, "Noord", 0L, "Noord-West", today),
                new ProposalClient(client, 0L, fixtures.clientCode(client), "TEST", today, false, 1, false),
                RoundService.parts(new nl.matchpunt.matching.engine.ScoreBreakdown(100, 0, 0, 0, 0))));
        MatchingRound fortnight = roundRepository.save(
                new MatchingRound(today.minusDays(14), clock.instant(), "coordinator", 0, 0, 0, BigDecimal.ZERO, 0));

        assertThat(staleRounds.closeStale(today)).isPositive();

        assertThat(roundRepository.findById(stale.getId()).orElseThrow().getStatus())
                .isEqualTo(RoundStatus.EXPIRED);
        assertThat(proposals.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.REMOVED);
        assertThat(events.findByProposalIdOrderByOccurredAtAscIdAsc(draft.getId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getKind()).isEqualTo(ProposalEvent.Kind.REMOVED);
                    assertThat(e.getUsername()).isEqualTo("systeem");
                });
        assertThat(roundRepository.findById(fortnight.getId()).orElseThrow().getStatus())
                .isEqualTo(RoundStatus.OPEN);
        assertThat(roundRepository.findById(current).orElseThrow().getStatus()).isEqualTo(RoundStatus.OPEN);
        assertThat(WebSession.loggedIn(port, "coordinator").get("/rounds").body())
                .contains("Verlopen (automatisch gesloten)");
        runAs.run("coordinator", () -> rounds.cancel(fortnight.getId()));
    }

    @Test
    void aRoundNameNeverPrintsItsYearWithAThousandsSeparator() {
        for (Locale locale : List.of(Locale.forLanguageTag("nl-NL"), Locale.forLanguageTag("de-DE"), Locale.ENGLISH)) {
            assertThat(messages.getMessage("matching.round.name", new Object[] {49, 2026}, locale))
                    .endsWith("week 49, 2026");
        }
        assertThat(messages.getMessage("matching.round.name", new Object[] {49, 2026}, Locale.forLanguageTag("nl")))
                .isEqualTo("Ronde week 49, 2026");
    }

    @Test
    void theProposalPageDoesNotShowTheClientSwappedOut() {
        LocalDate today = LocalDate.now(clock);
        Long dwelling = fixtures.dwelling("ymere");
        Long first = fixtures.eligibleClient("leger", today.minusDays(120));
        Long second = fixtures.eligibleClient("hvo", today.minusDays(90));
        Long roundId = fixtures.openRound();
        Long draft = fixtures.keepOnly(roundId, dwelling, first);
        String firstCode = proposals.findById(draft).orElseThrow().getClientCode();

        runAs.run("coordinator", () -> {
            rounds.swap(roundId, draft, second);
            rounds.confirm(roundId);
        });

        for (String user : List.of("coordinator", "ymere", "hvo")) {
            assertThat(WebSession.loggedIn(port, user)
                            .get("/proposals/" + draft)
                            .body())
                    .as(user)
                    .contains("Andere cliënt gekozen")
                    .doesNotContain(firstCode);
        }
    }

    private static String openRow(String page, Long dwelling) {
        Matcher row = Pattern.compile("<tr id=\"open-dwelling-" + dwelling + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("row of the open dwelling").isTrue();
        return row.group(1);
    }

    /** The client codes of the best candidates a row shows, in order. */
    private static List<String> bestShown(String row) {
        Matcher item = Pattern.compile("<li>([^ <]+) \\(").matcher(row);
        List<String> codes = new java.util.ArrayList<>();
        while (item.find()) {
            codes.add(item.group(1));
        }
        return codes;
    }

    /** The dwellings a round offered: those with a proposal and those it could not fill. */
    private List<Long> dwellingsOffered(Long roundId) {
        List<Long> offered = new java.util.ArrayList<>(proposals.findByRoundIdOrderByScoreDescIdAsc(roundId).stream()
                .map(Proposal::getDwellingId)
                .toList());
        unmatched.findByRoundIdOrderByDwellingLabelAsc(roundId).forEach(u -> offered.add(u.getDwellingId()));
        return offered;
    }
}
