package nl.matchpunt.clients;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.matchpunt.audit.AuditService;
import nl.matchpunt.shared.ClockConfiguration;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ClientRetentionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ClientRetentionJob job;

    @Autowired
    ClientService clients;

    @Autowired
    AuditService audit;

    @Test
    void aWithdrawnClientIsAnonymisedAfterTheRetentionPeriodAndNotBefore() throws SQLException {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        Long targetGroupId = clients.activeTargetGroups().get(0).id();
        String name = ClientPages.uniqueName();
        Long id = ClientPages.register(hvo, name, BsnTests.randomValid(), targetGroupId);
        hvo.postForm("/clients/" + id + "/withdraw", "/clients/" + id + "/withdraw", Map.of("reason", "Verhuisd"));
        LocalDate closedOn = LocalDate.parse(Objects.requireNonNull(row(id).get("closed_on")));

        job.anonymiseExpired(clockAt(closedOn.plusYears(2).minusDays(1)));
        assertThat(row(id).get("name")).as("one day before the end").isEqualTo(name);
        assertThat(row(id).get("bsn_encrypted")).isNotNull();

        job.anonymiseExpired(clockAt(closedOn.plusYears(2)));
        Map<String, String> after = row(id);
        for (String column : new String[] {
            "name",
            "date_of_birth",
            "bsn_encrypted",
            "bsn_index",
            "phone",
            "email",
            "supervisor_name",
            "supervisor_phone",
            "supervisor_email",
            "current_location",
            "withdrawal_reason",
            "profile_note"
        }) {
            assertThat(after.get(column)).as(column).isNull();
        }
        assertThat(after.get("status")).isEqualTo("WITHDRAWN");
        assertThat(after.get("target_group_id")).isEqualTo(targetGroupId.toString());
        assertThat(after.get("care_provider_id")).isNotNull();
        assertThat(after.get("closed_on")).isEqualTo(closedOn.toString());
        assertThat(after.get("anonymised_at")).isNotNull();
        assertThat(audit.accessLog("CLIENT", id).get(0).action()).isEqualTo("ANONYMISE");

        String page = hvo.get("/clients/" + id).body();
        assertThat(page).contains("zijn op").doesNotContain(name);
    }

    @Test
    void aWaitingClientIsNeverAnonymised() throws SQLException {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String name = ClientPages.uniqueName();
        Long id = ClientPages.register(
                hvo,
                name,
                BsnTests.randomValid(),
                clients.activeTargetGroups().get(0).id());

        job.anonymiseExpired(clockAt(LocalDate.now(AMSTERDAM).plusYears(10)));
        assertThat(row(id).get("name")).isEqualTo(name);
    }

    @Test
    void aPlacedClientIsAnonymisedTheRetentionPeriodAfterItsCaseEndedAndItsPageSaysWhen() throws SQLException {
        long caseId;
        long clientId;
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement("select c.id, c.client_id from placement_case c"
                        + " join client k on k.id = c.client_id where k.status = 'PLACED' and k.anonymised_at is null"
                        + " and c.phase not in ('CLOSED', 'ENDED_EARLY')"
                        + " and c.id = (select max(o.id) from placement_case o where o.client_id = c.client_id)"
                        + " order by c.id limit 1");
                ResultSet found = query.executeQuery()) {
            assertThat(found.next()).as("a placed client with a running case").isTrue();
            caseId = found.getLong(1);
            clientId = found.getLong(2);
        }
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        assertThat(coordinator.get("/clients/" + clientId).body())
                .contains("die begint als het plaatsingsdossier eindigt");
        String name = row(clientId).get("name");
        assertThat(name).isNotNull();

        LocalDate ended = LocalDate.now(ClockConfiguration.AMSTERDAM).minusDays(10);
        try (Connection db = TestDatabase.open();
                PreparedStatement end =
                        db.prepareStatement("update placement_case set phase = 'CLOSED', closed_on = ? where id = ?")) {
            end.setObject(1, ended);
            end.setLong(2, caseId);
            assertThat(end.executeUpdate()).isEqualTo(1);
        }
        String day = ended.plusYears(2).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        assertThat(coordinator.get("/clients/" + clientId).body())
                .contains("de persoonsgegevens van deze cliënt worden op " + day + " geanonimiseerd");

        job.anonymiseExpired(clockAt(ended.plusYears(2).minusDays(1)));
        assertThat(row(clientId).get("name")).as("one day before the end").isEqualTo(name);

        job.anonymiseExpired(clockAt(ended.plusYears(2)));
        Map<String, String> after = row(clientId);
        assertThat(after.get("name")).isNull();
        assertThat(after.get("bsn_encrypted")).isNull();
        assertThat(after.get("status")).isEqualTo("PLACED");
        assertThat(after.get("anonymised_at")).isNotNull();
        assertThat(audit.accessLog("CLIENT", clientId).get(0).action()).isEqualTo("ANONYMISE");
        assertThat(coordinator.get("/clients/" + clientId).body()).doesNotContain(name);
    }

    private static Clock clockAt(LocalDate date) {
        return Clock.fixed(
                date.atTime(3, 0).atZone(ClockConfiguration.AMSTERDAM).toInstant(), ClockConfiguration.AMSTERDAM);
    }

    private static Map<String, String> row(Long id) throws SQLException {
        try (Connection connection = TestDatabase.open();
                PreparedStatement statement = connection.prepareStatement("select * from client where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                Map<String, String> values = new HashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.put(rows.getMetaData().getColumnName(i), rows.getString(i));
                }
                return values;
            }
        }
    }
}
