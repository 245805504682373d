package nl.matchpunt.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A target group (doelgroep), kept by the administrator; marked as counting towards the 1,800 or not. */
@Entity
@Table(name = "target_group")
class TargetGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "counts_towards_quota", nullable = false)
    private boolean countsTowardsQuota;

    @Column(name = "with_support", nullable = false)
    private boolean withSupport;

    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected TargetGroup() {
        this.code = "";
        this.name = "";
    }

    TargetGroup(String code, String name, boolean countsTowardsQuota, boolean withSupport, int sortOrder) {
        this.code = code;
        this.name = name;
        this.countsTowardsQuota = countsTowardsQuota;
        this.withSupport = withSupport;
        this.sortOrder = sortOrder;
    }

    Long getId() {
        if (id == null) {
            throw new IllegalStateException("target group not saved yet");
        }
        return id;
    }

    String getCode() {
        return code;
    }

    boolean isActive() {
        return active;
    }

    void change(String name, boolean countsTowardsQuota, boolean withSupport, boolean active) {
        this.name = name;
        this.countsTowardsQuota = countsTowardsQuota;
        this.withSupport = withSupport;
        this.active = active;
    }

    TargetGroupSummary toSummary() {
        return new TargetGroupSummary(getId(), code, name, countsTowardsQuota, withSupport, active, sortOrder);
    }
}
