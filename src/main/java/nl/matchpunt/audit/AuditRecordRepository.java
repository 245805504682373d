package nl.matchpunt.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Only inserts and reads: the repository offers no update or delete. */
interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    /** Writes what was saved now; a read-only transaction would not write it at its commit. */
    void flush();

    List<AuditRecord> findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(String subjectType, String subjectId);

    long countBySubjectTypeAndSubjectId(String subjectType, String subjectId);

    long count();
}
