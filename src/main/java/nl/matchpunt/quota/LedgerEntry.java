package nl.matchpunt.quota;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.matchpunt.matching.PlacementAgreed;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One placement counted against the plan: from a {@link PlacementAgreed} (once per proposal, guaranteed by the
 * database) or recorded by hand for a dwelling from outside the regular flow.
 */
@Entity
@Immutable
@Table(name = "quota_placement")
class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "proposal_id", unique = true)
    private @Nullable Long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlacementKind kind;

    @Column(name = "target_group_code", nullable = false)
    private String targetGroupCode;

    @Column(name = "counts_towards_quota", nullable = false)
    private boolean countsTowardsQuota;

    @Column(name = "corporation_id", nullable = false)
    private Long corporationId;

    @Column(name = "care_provider_id")
    private @Nullable Long careProviderId;

    @Column(name = "district_id")
    private @Nullable Long districtId;

    @Column(name = "area_id")
    private @Nullable Long areaId;

    @Column(name = "client_code")
    private @Nullable String clientCode;

    @Column(name = "eligible_since")
    private @Nullable LocalDate eligibleSince;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Column(name = "days_waited")
    private @Nullable Integer daysWaited;

    @Column(length = 500)
    private @Nullable String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected LedgerEntry() {
        this.kind = PlacementKind.REGULAR;
        this.targetGroupCode = "";
        this.corporationId = 0L;
        this.agreedOn = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
        this.recordedBy = "";
    }

    private LedgerEntry(
            @Nullable Long proposalId,
            PlacementKind kind,
            String targetGroupCode,
            boolean countsTowardsQuota,
            Long corporationId,
            @Nullable Long careProviderId,
            @Nullable Long districtId,
            @Nullable Long areaId,
            @Nullable String clientCode,
            @Nullable LocalDate eligibleSince,
            LocalDate agreedOn,
            @Nullable String note,
            Instant recordedAt,
            String recordedBy) {
        this.proposalId = proposalId;
        this.kind = kind;
        this.targetGroupCode = targetGroupCode;
        this.countsTowardsQuota = countsTowardsQuota;
        this.corporationId = corporationId;
        this.careProviderId = careProviderId;
        this.districtId = districtId;
        this.areaId = areaId;
        this.clientCode = clientCode;
        this.eligibleSince = eligibleSince;
        this.agreedOn = agreedOn;
        this.daysWaited = daysWaited(eligibleSince, agreedOn);
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Days from eligibility to the agreed placement (never negative); unknown without an eligibility date. */
    static @Nullable Integer daysWaited(@Nullable LocalDate eligibleSince, LocalDate agreedOn) {
        if (eligibleSince == null) {
            return null;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(eligibleSince, agreedOn));
    }

    static LedgerEntry of(PlacementAgreed placement, boolean countsTowardsQuota, Instant at) {
        return new LedgerEntry(
                placement.proposalId(),
                PlacementKind.REGULAR,
                placement.targetGroupCode(),
                countsTowardsQuota,
                placement.corporationId(),
                placement.careProviderId(),
                placement.districtId(),
                placement.areaId(),
                placement.clientCode(),
                placement.eligibleSince(),
                placement.agreedOn(),
                null,
                at,
                "system");
    }

    static LedgerEntry manual(ManualPlacement placement, boolean countsTowardsQuota, Instant at, String by) {
        if (!placement.kind().isManual()) {
            throw new IllegalArgumentException("a manual placement needs a manual kind");
        }
        return new LedgerEntry(
                null,
                placement.kind(),
                placement.targetGroupCode(),
                countsTowardsQuota,
                placement.corporationId(),
                placement.careProviderId(),
                placement.districtId(),
                placement.areaId(),
                null,
                placement.eligibleSince(),
                placement.agreedOn(),
                placement.note(),
                at,
                by);
    }

    LedgerLine line() {
        return new LedgerLine(
                id == null ? 0L : id,
                proposalId,
                kind,
                targetGroupCode,
                countsTowardsQuota,
                corporationId,
                careProviderId,
                districtId,
                areaId,
                clientCode,
                eligibleSince,
                agreedOn,
                daysWaited,
                note);
    }
}
