package nl.matchpunt.quota;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A counted placement as shown in the ledger. */
public record LedgerLine(
        long id,
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
        @Nullable Integer daysWaited,
        @Nullable String note) {}
