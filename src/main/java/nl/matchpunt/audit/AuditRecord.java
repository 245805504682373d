package nl.matchpunt.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One read or change of personal data. Never changed after it is written. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "organisation_id", updatable = false)
    private @Nullable Long organisationId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(updatable = false)
    private @Nullable String detail;

    protected AuditRecord() {
        this.occurredAt = Instant.EPOCH;
        this.username = "";
        this.action = "";
        this.subjectType = "";
        this.subjectId = "";
    }

    AuditRecord(
            Instant occurredAt,
            String username,
            @Nullable Long organisationId,
            String action,
            String subjectType,
            String subjectId,
            @Nullable String detail) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.organisationId = organisationId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public @Nullable String getDetail() {
        return detail;
    }
}
