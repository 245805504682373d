package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.matchpunt.matching.MatchingFixtures;
import nl.matchpunt.matching.ProposalService;
import nl.matchpunt.matching.RoundService;
import nl.matchpunt.shared.Task;
import nl.matchpunt.shared.TaskSource;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** The start page as a to-do list: what waits for whom, scoped to the organisation, each task one click away. */
@IntegrationTest
class HomeTasksIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    RunAs runAs;

    @Autowired
    RoundService rounds;

    @Autowired
    ProposalService proposals;

    @Autowired
    List<TaskSource> sources;

    @Autowired
    Clock clock;

    @Test
    void aSentProposalWaitsForEachPartyUntilItHasAnsweredAndForNoOtherOrganisation() {
        LocalDate today = LocalDate.now(clock);
        Long dwelling = fixtures.dwelling("ymere");
        Long client = fixtures.eligibleClient("hvo", today.minusDays(40));
        Long round = fixtures.openRound();
        Long proposal = fixtures.keepOnly(round, dwelling, client);
        runAs.run("coordinator", () -> rounds.confirm(round));
        String link = "/proposals/" + proposal;
        String code = fixtures.clientCode(client);

        for (String party : List.of("ymere", "hvo")) {
            assertThat(tasksOf(party, link)).as(party).singleElement().satisfies(task -> {
                assertThat(task.message()).isEqualTo("matching.task.answer");
                assertThat(task.arguments()).contains(code);
                assertThat(task.clientId()).isEqualTo(client);
                assertThat(task.due()).isAfterOrEqualTo(today).isBefore(today.plusDays(14));
            });
        }
        for (String outsider : List.of("rochdale", "leger", "coordinator", "admin")) {
            assertThat(tasksOf(outsider, link)).as(outsider).isEmpty();
        }

        runAs.run("ymere", () -> proposals.accept(proposal));

        assertThat(tasksOf("ymere", link)).as("answered").isEmpty();
        assertThat(tasksOf("hvo", link)).as("not yet answered").hasSize(1);
    }

    @Test
    void theStartPageShowsTheSoonestTaskFirstWithItsLinkAndRecordsEachClientItNamesOnce() throws SQLException {
        LocalDate today = LocalDate.now(clock);
        for (String user : List.of("coordinator", "ymere", "hvo", "rochdale", "leger")) {
            List<Task> dated = runAs.get(
                    user,
                    () -> sources.stream()
                            .flatMap(source -> source.tasksOfCurrentUser(today).stream())
                            .filter(task -> task.due() != null)
                            .sorted(Comparator.comparing(Task::due))
                            .toList());
            WebSession session = WebSession.loggedIn(port, user);
            long before = lastAuditRecord();

            HttpResponse<String> home = session.get("/");

            String page = HtmlUtils.htmlUnescape(home.body());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(page).as(user).contains("Wat op u wacht").doesNotContain("??");
            if (dated.isEmpty()) {
                continue;
            }
            Task soonest = dated.get(0);
            int first = page.indexOf("href=\"" + soonest.link() + "\"");
            assertThat(first)
                    .as(user + ": the soonest task links to where it is done")
                    .isPositive();
            for (Task later : dated.subList(1, Math.min(dated.size(), 30))) {
                if (later.due().isAfter(soonest.due()) && !later.link().equals(soonest.link())) {
                    assertThat(page.indexOf("href=\"" + later.link() + "\""))
                            .as(user + ": a later deadline below the soonest")
                            .isGreaterThan(first);
                    break;
                }
            }
            long named = dated.stream()
                    .limit(30)
                    .map(Task::clientId)
                    .filter(Objects::nonNull)
                    .distinct()
                    .count();
            assertThat(homeRecords(before, user))
                    .as(user + ": one record per client named, at least those of the dated tasks")
                    .isGreaterThanOrEqualTo(named)
                    .isEqualTo(distinctHomeRecords(before, user));
        }
    }

    private List<Task> tasksOf(String user, String link) {
        LocalDate today = LocalDate.now(clock);
        return runAs.get(
                user,
                () -> sources.stream()
                        .flatMap(source -> source.tasksOfCurrentUser(today).stream())
                        .filter(task -> task.link().equals(link))
                        .toList());
    }

    private static long lastAuditRecord() throws SQLException {
        return single("select coalesce(max(id), 0) from audit_record", 0, "");
    }

    private static long homeRecords(long after, String user) throws SQLException {
        return single(
                "select count(*) from audit_record where id > ? and username = ? and detail = 'home'", after, user);
    }

    private static long distinctHomeRecords(long after, String user) throws SQLException {
        return single(
                "select count(distinct subject_id) from audit_record where id > ? and username = ? and detail = 'home'",
                after,
                user);
    }

    private static long single(String sql, long after, String user) throws SQLException {
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement(sql)) {
            if (sql.contains("?")) {
                query.setLong(1, after);
                query.setString(2, user);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
