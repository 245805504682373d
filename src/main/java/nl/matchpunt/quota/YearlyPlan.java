package nl.matchpunt.quota;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The yearly plan of one calendar year: drafted by the coordinator, activated, then adjusted during the year. Each
 * adjustment is a new version with a reason; the versions together are the plan's history.
 */
@Entity
@Table(name = "quota_plan")
class YearlyPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_year", nullable = false, unique = true)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "activated_at")
    private @Nullable Instant activatedAt;

    @Column(name = "activated_by")
    private @Nullable String activatedBy;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("number")
    private List<PlanVersion> versions = new ArrayList<>();

    protected YearlyPlan() {
        this.status = PlanStatus.DRAFT;
    }

    private YearlyPlan(int year) {
        this.year = year;
        this.status = PlanStatus.DRAFT;
    }

    /** A new draft with its first version. */
    static YearlyPlan draft(int year, PlanContent content, Instant at, String by) {
        YearlyPlan plan = new YearlyPlan(year);
        plan.versions.add(new PlanVersion(1, content, null, at, by));
        return plan;
    }

    /** Reworks the draft; refused once the plan is active (then only adjustments change it). */
    void reviseDraft(PlanContent content, Instant at, String by) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("quota.plan.notDraft", year);
        }
        current().rework(content, at, by);
    }

    /** Activates the draft, provided its contingents and shares add up to the total. */
    void activate(Set<String> countingGroups, Instant at, String by) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("quota.plan.notDraft", year);
        }
        checkSums(current().content(), countingGroups);
        this.status = PlanStatus.ACTIVE;
        this.activatedAt = at;
        this.activatedBy = by;
    }

    /**
     * An in-year adjustment: a new version with a reason. The total stays unless {@code totalChangeConfirmed}; the
     * contingents of the groups in the quota and the corporation shares must still add up to the total.
     */
    void adjust(
            PlanContent content,
            boolean totalChangeConfirmed,
            String reason,
            Set<String> countingGroups,
            Instant at,
            String by) {
        if (status != PlanStatus.ACTIVE) {
            throw new DomainException("quota.plan.notActive", year);
        }
        if (reason.isBlank()) {
            throw new DomainException("quota.adjust.reasonRequired");
        }
        PlanContent before = current().content();
        if (content.total() != before.total() && !totalChangeConfirmed) {
            throw new DomainException("quota.adjust.totalChanged", before.total());
        }
        if (content.equals(before)) {
            throw new DomainException("quota.adjust.nothingChanged");
        }
        checkSums(content, countingGroups);
        versions.add(new PlanVersion(current().getNumber() + 1, content, reason.strip(), at, by));
    }

    private void checkSums(PlanContent content, Set<String> countingGroups) {
        int groups = content.groups().entrySet().stream()
                .filter(entry -> countingGroups.contains(entry.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
        if (groups != content.total()) {
            throw new DomainException("quota.plan.groupsDoNotAddUp", groups, content.total());
        }
        int corporations = content.corporations().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        if (corporations != content.total()) {
            throw new DomainException("quota.plan.corporationsDoNotAddUp", corporations, content.total());
        }
    }

    PlanVersion current() {
        return versions.stream()
                .max(Comparator.comparingInt(PlanVersion::getNumber))
                .orElseThrow(() -> new IllegalStateException("a plan without versions"));
    }

    int getYear() {
        return year;
    }

    PlanStatus getStatus() {
        return status;
    }

    PlanView view() {
        List<PlanVersionView> history =
                new ArrayList<>(versions.stream().map(PlanVersion::view).toList());
        history.sort(Comparator.comparingInt(PlanVersionView::number).reversed());
        return new PlanView(year, status, current().view(), List.copyOf(history));
    }
}
