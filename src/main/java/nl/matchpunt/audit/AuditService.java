package nl.matchpunt.audit;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.PersonalDataAccessed;
import nl.matchpunt.shared.PersonalDataListed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every {@link PersonalDataAccessed} event with the current user and organisation, and shows the access
 * log of a record. A read or a change is recorded in its own transaction, read-only or not (see {@link
 * AuditConfiguration}), so that it and its record are committed together or not at all (a crash between two
 * commits would otherwise leave a record of a change that never happened, or data read without a record), and it
 * holds one database connection, not two. An access outside any transaction is recorded in a transaction of its
 * own.
 */
@Service
public class AuditService {

    static final String SYSTEM_USER = "systeem";

    private final AuditRecordRepository records;

    private final OrganisationService organisations;

    private final Clock clock;

    private final TransactionTemplate transaction;

    private final JdbcTemplate jdbc;

    AuditService(
            AuditRecordRepository records,
            OrganisationService organisations,
            Clock clock,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc) {
        this.records = records;
        this.organisations = organisations;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    @EventListener
    public void on(PersonalDataAccessed event) {
        // joins the transaction of the read or change, or begins one when there is none
        transaction.executeWithoutResult(status -> write(event));
    }

    private void write(PersonalDataAccessed event) {
        CurrentUser user = organisations.findCurrentUser().orElse(null);
        records.save(new AuditRecord(
                clock.instant(),
                user == null ? SYSTEM_USER : user.username(),
                user == null ? null : user.organisationId(),
                event.action(),
                event.subjectType(),
                event.subjectId(),
                event.detail()));
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            records.flush(); // a read-only transaction is not flushed at its commit
        }
    }

    /**
     * Records a list read: one row per record shown, all written in one JDBC batch (one round trip) in the
     * transaction of the read. An empty list leaves no record.
     */
    @EventListener
    public void on(PersonalDataListed event) {
        if (event.subjectIds().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> write(event));
    }

    private void write(PersonalDataListed event) {
        CurrentUser user = organisations.findCurrentUser().orElse(null);
        Instant now = clock.instant();
        String username = user == null ? SYSTEM_USER : user.username();
        Long organisationId = user == null ? null : user.organisationId();
        jdbc.batchUpdate(
                "insert into audit_record (occurred_at, username, organisation_id, action, subject_type, subject_id,"
                        + " detail) values (?, ?, ?, ?, ?, ?, ?)",
                event.subjectIds(),
                event.subjectIds().size(),
                (statement, subjectId) -> {
                    statement.setTimestamp(1, Timestamp.from(now));
                    statement.setString(2, username);
                    if (organisationId == null) {
                        statement.setNull(3, Types.BIGINT);
                    } else {
                        statement.setLong(3, organisationId);
                    }
                    statement.setString(4, event.action());
                    statement.setString(5, event.subjectType());
                    statement.setString(6, subjectId);
                    statement.setString(7, event.page());
                });
    }

    /** The access log of one record, newest first. Callers check that the user may see the record itself. */
    @Transactional(readOnly = true)
    public List<AuditEntry> accessLog(String subjectType, Object subjectId) {
        return records
                .findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(subjectType, String.valueOf(subjectId))
                .stream()
                .map(record -> new AuditEntry(
                        record.getOccurredAt(),
                        record.getUsername(),
                        record.getOrganisationId(),
                        record.getAction(),
                        record.getDetail()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(String subjectType, Object subjectId) {
        return records.countBySubjectTypeAndSubjectId(subjectType, String.valueOf(subjectId));
    }
}
