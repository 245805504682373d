package nl.matchpunt.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.ClockConfiguration;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseReminderIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CaseReminders reminders;

    @Autowired
    CaseReminderJob scheduledJob;

    @Test
    void theJobRemindsTheResponsiblePartiesOnceAndEscalatesALateNuisanceResponse() throws Exception {
        LocalDate today = LocalDate.now(ClockConfiguration.AMSTERDAM);
        long id = CaseTestData.open(
                transactions,
                events,
                CaseTestData.placement(organisations, "ymere", "hvo-querido", today.minusDays(60), false));
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        ymere.postForm(
                "/cases/" + id + "/signals",
                "/cases/" + id + "/signals/new",
                Map.of("kind", "NUISANCE", "description", "Harde muziek, melding van een buur"));

        LocalDate later = today.plusDays(10);
        Clock fixed =
                Clock.fixed(later.atStartOfDay(ClockConfiguration.AMSTERDAM).toInstant(), ZoneId.of("UTC"));
        new CaseReminderJob(reminders, fixed).run();

        assertThat(CaseTestData.count(
                        "select count(*) from case_signal where case_id = ? and escalated_on is not null", id))
                .isEqualTo(1);
        long escalations = CaseTestData.count(
                "select count(*) from case_notification where case_id = ? and message_key = 'cases.notification.nuisanceEscalated'",
                id);
        assertThat(escalations).isGreaterThanOrEqualTo(2);
        assertThat(CaseTestData.count(
                        "select count(*) from case_notification where case_id = ? and message_key = 'cases.notification.stepOverdue' and dedup_key like '%:step:4:%'",
                        id))
                .as("the introduction visit is overdue for corporation and provider alike")
                .isEqualTo(2);
        long total = CaseTestData.count("select count(*) from case_notification where case_id = ?", id);

        new CaseReminderJob(reminders, fixed).run();
        assertThat(CaseTestData.count("select count(*) from case_notification where case_id = ?", id))
                .as("a second run repeats nothing")
                .isEqualTo(total);

        String hvoNotifications = WebSession.loggedIn(port, "hvo")
                .get("/notifications?unread=true")
                .body();
        assertThat(hvoNotifications).contains("reactie op overlastmelding te laat");
        String timeline =
                WebSession.loggedIn(port, "coordinator").get("/cases/" + id).body();
        assertThat(timeline).contains("Te late reactie geëscaleerd naar de coördinator");
    }

    @Test
    void theScheduledRunTakesTheShedLock() throws Exception {
        scheduledJob.run();

        try (var connection = TestDatabase.open();
                var rows = connection
                        .createStatement()
                        .executeQuery("select count(*) from shedlock where name = 'cases-reminders'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1);
        }
    }
}
