package nl.matchpunt.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503) and which stay faults of the application (500). */
class DatabaseUnavailableTests {

    @Test
    void noConnectionFromThePoolOrAServerShuttingDownIsUnavailable() {
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
                .isTrue();
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("Could not commit", terminated)))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(
                        new IllegalStateException(new RuntimeException(new SQLException("I/O error", "08006")))))
                .isTrue();
    }

    @Test
    void brokenRulesConflictsAndOtherFaultsAreNot() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new OptimisticLockingFailureException("changed")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("Could not commit")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }
}
