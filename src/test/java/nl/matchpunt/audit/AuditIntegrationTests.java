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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditService audit;

    @Autowired
    PlatformTransactionManager transactions;

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
    void aReadInAReadOnlyTransactionIsRecordedInThatTransactionAndCommittedWithIt() {
        String subjectId = UUID.randomUUID().toString();
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);

        read.executeWithoutResult(status -> {
            events.publishEvent(PersonalDataAccessed.of("READ", "TEST_SUBJECT", subjectId));
            // the read's own transaction sees its record; another connection does not, until the read commits: so
            // the record was not written through a second connection in a transaction of its own
            assertThat(audit.count("TEST_SUBJECT", subjectId)).isEqualTo(1);
            assertThat(committedRecords(subjectId)).isZero();
        });
        assertThat(committedRecords(subjectId)).isEqualTo(1);

        String rolledBack = UUID.randomUUID().toString();
        read.executeWithoutResult(status -> {
            events.publishEvent(PersonalDataAccessed.of("READ", "TEST_SUBJECT", rolledBack));
            status.setRollbackOnly();
        });
        assertThat(committedRecords(rolledBack)).isZero();
    }

    private static long committedRecords(String subjectId) {
        try (Connection connection = TestDatabase.open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from audit_record where subject_id = '" + subjectId + "'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
