package nl.matchpunt.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
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

        job.anonymiseExpired(clockAt(LocalDate.now().plusYears(10)));
        assertThat(row(id).get("name")).isEqualTo(name);
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
