package nl.matchpunt.audit;

import java.time.Clock;
import java.util.List;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.PersonalDataAccessed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every {@link PersonalDataAccessed} event with the current user and organisation, in a transaction of
 * its own (so that reads in read-only transactions are recorded too), and shows the access log of a record.
 */
@Service
public class AuditService {

    static final String SYSTEM_USER = "systeem";

    private final AuditRecordRepository records;

    private final OrganisationService organisations;

    private final Clock clock;

    AuditService(AuditRecordRepository records, OrganisationService organisations, Clock clock) {
        this.records = records;
        this.organisations = organisations;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PersonalDataAccessed event) {
        CurrentUser user = organisations.findCurrentUser().orElse(null);
        records.save(new AuditRecord(
                clock.instant(),
                user == null ? SYSTEM_USER : user.username(),
                user == null ? null : user.organisationId(),
                event.action(),
                event.subjectType(),
                event.subjectId(),
                event.detail()));
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
