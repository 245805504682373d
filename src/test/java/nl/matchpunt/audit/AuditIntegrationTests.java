package nl.matchpunt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.matchpunt.shared.PersonalDataAccessed;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

@IntegrationTest
class AuditIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditService audit;

    @Test
    void everyPublishedAccessBecomesOneRecord() {
        String subjectId = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            events.publishEvent(PersonalDataAccessed.of("READ", "TEST_SUBJECT", subjectId));
        }

        assertThat(audit.count("TEST_SUBJECT", subjectId)).isEqualTo(3);
        assertThat(audit.accessLog("TEST_SUBJECT", subjectId))
                .allSatisfy(entry -> assertThat(entry.username()).isEqualTo(AuditService.SYSTEM_USER));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRecords() throws SQLException {
        String subjectId = UUID.randomUUID().toString();
        events.publishEvent(PersonalDataAccessed.of("READ", "TEST_SUBJECT", subjectId));

        try (Connection connection = TestDatabase.open();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "update audit_record set username = 'someone-else' where subject_id = '" + subjectId + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() ->
                            statement.executeUpdate("delete from audit_record where subject_id = '" + subjectId + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("truncate audit_record"))
                    .hasMessageContaining("append-only");
            try (ResultSet rows = statement.executeQuery(
                    "select username from audit_record where subject_id = '" + subjectId + "'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo(AuditService.SYSTEM_USER);
            }
        }
    }
}
