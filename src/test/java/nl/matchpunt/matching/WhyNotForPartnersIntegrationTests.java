package nl.matchpunt.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.dwellings.AvailableDwelling;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.matching.cli.MatchingCommandLine;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Why not?" from the dwelling and client pages for the partner that owns the record, and the open round as the
 * command line's instance file: what each viewer is shown, what a stranger gets, and that the file reproduces the round.
 */
@IntegrationTest
class WhyNotForPartnersIntegrationTests {

    private static final Pattern CLIENT_CODE = Pattern.compile("C-\\d{4}-\\d{4}");

    private static final Pattern WAITING = Pattern.compile("van de ([\\d.]+) wachtende cliënten");

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    RunAs runAs;

    @Autowired
    WhyNotService whyNot;

    @Autowired
    DwellingService dwellings;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    RoundService rounds;

    @Autowired
    ClientService clients;

    @Autowired
    OrganisationService organisations;

    @Autowired
    Clock clock;

    @Test
    void aCorporationSeesHowItsOwnDwellingStandsTodayWithoutAClientCodeAndNoOneElseSeesIt() {
        Long dwelling = fixtures.dwelling("ymere");

        HttpResponse<String> own = WebSession.loggedIn(port, "ymere").get("/dwellings/" + dwelling + "/why-not");

        String page = HtmlUtils.htmlUnescape(own.body());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(page)
                .contains("Testpad")
                .contains("wachtende cliënten voldoen aan alle harde eisen")
                .doesNotContain("??");
        assertThat(CLIENT_CODE.matcher(page).find())
                .as("no client is named to the corporation")
                .isFalse();
        String coordinators = HtmlUtils.htmlUnescape(WebSession.loggedIn(port, "coordinator")
                .get("/dwellings/" + dwelling + "/why-not")
                .body());
        assertThat(waitingCount(page))
                .as("the corporation's page counts every waiting client, not only those row-level security shows it")
                .isEqualTo(waitingCount(coordinators))
                .isGreaterThan(20);
        assertThat(WebSession.loggedIn(port, "ymere")
                        .get("/dwellings/" + dwelling)
                        .body())
                .contains("/dwellings/" + dwelling + "/why-not");

        for (String stranger : List.of("rochdale", "hvo", "leger", "admin")) {
            HttpResponse<String> refused =
                    WebSession.loggedIn(port, stranger).get("/dwellings/" + dwelling + "/why-not");
            assertThat(refused.statusCode()).as(stranger).isIn(403, 404);
            assertThat(refused.body()).as(stranger).doesNotContain("Testpad");
        }
    }

    @Test
    void aVacancyAfterTheRoundsHorizonSaysFromWhichRoundItIsOffered() {
        LocalDate later = LocalDate.now(clock).plusDays(60);
        Long dwelling = fixtures.dwelling("ymere", later);

        String page = HtmlUtils.htmlUnescape(WebSession.loggedIn(port, "ymere")
                .get("/dwellings/" + dwelling + "/why-not")
                .body());

        assertThat(page)
                .contains("komt pas vrij")
                .contains(DUTCH_DATE.format(later.minusDays(7)))
                .doesNotContain("wachtende cliënten voldoen");
    }

    @Test
    void aCorporationsCountsOfClientsHideSmallCellsThatTheCoordinatorSeesInFull() {
        Long corporation = runAs.get("ymere", () -> organisations.currentUser().organisationId());
        List<Long> ymere = dwellings.availableForMatching().stream()
                .filter(dwelling -> dwelling.corporationId().equals(corporation))
                .map(AvailableDwelling::id)
                .toList();
        int suppressed = 0;
        for (Long dwelling : ymere) {
            WhyNot full = runAs.get("coordinator", () -> whyNot.dwelling(dwelling));
            WhyNot partner = runAs.get("ymere", () -> whyNot.dwelling(dwelling));
            assertThat(partner.situation()).isEqualTo(full.situation());
            assertThat(partner.perRule()).hasSameSizeAs(full.perRule());
            for (int i = 0; i < full.perRule().size(); i++) {
                int count = Objects.requireNonNull(full.perRule().get(i).count());
                WhyNot.RuleCount shown = partner.perRule().get(i);
                assertThat(shown.rule()).isEqualTo(full.perRule().get(i).rule());
                if (count < 5) {
                    assertThat(shown.count())
                            .as("a count of %d is a small cell", count)
                            .isNull();
                    suppressed++;
                } else {
                    assertThat(shown.count()).isEqualTo(count);
                }
            }
        }
        assertThat(suppressed)
                .as("the demo's vacancies have some rule that rules out few clients")
                .isPositive();
    }

    @Test
    void aCareProviderSeesWhyItsOwnClientWaitsTheReadIsRecordedAndOthersAreRefused() throws SQLException {
        LocalDate today = LocalDate.now(clock);
        Long client = fixtures.eligibleClient("hvo", today.minusDays(30));
        String code = fixtures.clientCode(client);
        long before = lastAuditRecord();

        HttpResponse<String> own = WebSession.loggedIn(port, "hvo").get("/clients/" + client + "/why-not");

        String page = HtmlUtils.htmlUnescape(own.body());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(page)
                .contains(code)
                .contains("beschikbare woningen voldoen aan alle harde eisen")
                .doesNotContain("??");
        assertThat(readsOf(before, "hvo", client))
                .as("the read of the client is recorded")
                .isEqualTo(1);

        for (String stranger : List.of("leger", "ymere", "rochdale", "admin")) {
            HttpResponse<String> refused = WebSession.loggedIn(port, stranger).get("/clients/" + client + "/why-not");
            assertThat(refused.statusCode()).as(stranger).isIn(403, 404);
            assertThat(refused.body()).as(stranger).doesNotContain(code);
        }

        LocalDate until = today.plusDays(20);
        runAs.run("coordinator", () -> clients.parkByCoordinator(client, until, "Tijdelijk opgenomen"));
        String parked = HtmlUtils.htmlUnescape(WebSession.loggedIn(port, "hvo")
                .get("/clients/" + client + "/why-not")
                .body());
        assertThat(parked)
                .contains("doet nu niet mee aan de matching (status: Geparkeerd) tot " + DUTCH_DATE.format(until))
                .doesNotContain("beschikbare woningen voldoen");
    }

    @Test
    void theOpenRoundDownloadsAsAnInstanceFileOnWhichMatchProposesWhatTheRoundProposed(@TempDir Path dir)
            throws Exception {
        Long round = fixtures.openRound();
        Set<String> drafts = new HashSet<>();
        for (Proposal draft : proposals.findByRoundIdAndStatus(round, ProposalStatus.DRAFT)) {
            drafts.add(draft.getDwellingId() + "/" + draft.getClientId());
        }
        long before = lastAuditRecord();

        HttpResponse<byte[]> download =
                WebSession.loggedIn(port, "coordinator").download("/rounds/" + round + "/instance");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"ronde-week-\\d{1,2}-\\d{4}\\.json\"");
        Path input = dir.resolve("round.json");
        Files.write(input, download.body());
        JsonMapper json = JsonMapper.builder().build();
        int clients = json.readTree(download.body()).get("clients").size();
        assertThat(exports(before))
                .as("one audit record per client in the file")
                .isEqualTo(clients);
        Path output = dir.resolve("result.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MatchingCommandLine.run(
                new String[] {"match", "--input", input.toString(), "--output", output.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Set<String> matched = new HashSet<>();
        for (JsonNode proposal : json.readTree(output.toFile()).get("proposals")) {
            matched.add(proposal.get("dwelling").stringValue() + "/"
                    + proposal.get("client").stringValue());
        }
        assertThat(matched).isNotEmpty().isEqualTo(drafts);

        assertThat(WebSession.loggedIn(port, "ymere")
                        .download("/rounds/" + round + "/instance")
                        .statusCode())
                .isEqualTo(403);
        runAs.run("coordinator", () -> rounds.cancel(round));
        HttpResponse<String> closed = WebSession.loggedIn(port, "coordinator").get("/rounds/" + round + "/instance");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(HtmlUtils.htmlUnescape(closed.body())).contains("Alleen de open ronde");
    }

    /** The number of waiting clients the page's count is out of ("... van de 123 wachtende cliënten"). */
    private static int waitingCount(String page) {
        Matcher count = WAITING.matcher(page);
        assertThat(count.find())
                .as("the page gives the count of waiting clients")
                .isTrue();
        return Integer.parseInt(count.group(1).replace(".", ""));
    }

    private static long lastAuditRecord() throws SQLException {
        return TestDatabase.single("select coalesce(max(id), 0) from audit_record");
    }

    private static long readsOf(long after, String user, Long client) throws SQLException {
        return TestDatabase.single("select count(*) from audit_record where id > " + after + " and username = '" + user
                + "' and action = 'READ' and subject_type = 'CLIENT' and subject_id = '" + client + "'");
    }

    private static long exports(long after) throws SQLException {
        return TestDatabase.single("select count(*) from audit_record where id > " + after
                + " and action = 'EXPORT' and detail = 'round-instance'");
    }
}
