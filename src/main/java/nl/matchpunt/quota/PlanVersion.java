package nl.matchpunt.quota;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One version of a yearly plan. Versions are never changed once the plan is active: an adjustment adds one. */
@Entity
@Table(name = "quota_plan_version")
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private int total;

    @Column(length = 500)
    private @Nullable String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quota_group_contingent", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "target_group_code")
    @Column(name = "planned", nullable = false)
    private Map<String, Integer> groups = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quota_corporation_share", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "corporation_id")
    @Column(name = "planned", nullable = false)
    private Map<Long, Integer> corporations = new HashMap<>();

    protected PlanVersion() {
        this.createdAt = Instant.EPOCH;
        this.createdBy = "";
    }

    PlanVersion(int number, PlanContent content, @Nullable String reason, Instant createdAt, String createdBy) {
        this.number = number;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        replace(content);
    }

    /** Only for a draft's single version, which the coordinator may rework until activation. */
    void rework(PlanContent content, Instant at, String by) {
        replace(content);
        this.createdAt = at;
        this.createdBy = by;
    }

    private void replace(PlanContent content) {
        this.total = content.total();
        this.groups.clear();
        this.groups.putAll(content.groups());
        this.corporations.clear();
        this.corporations.putAll(content.corporations());
    }

    int getNumber() {
        return number;
    }

    PlanContent content() {
        return new PlanContent(total, groups, corporations);
    }

    PlanVersionView view() {
        return new PlanVersionView(number, content(), reason, createdAt, createdBy);
    }
}
