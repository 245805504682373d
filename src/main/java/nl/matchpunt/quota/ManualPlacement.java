package nl.matchpunt.quota;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A placement in a dwelling from outside the regular flow, recorded by the coordinator. */
public record ManualPlacement(
        PlacementKind kind,
        String targetGroupCode,
        Long corporationId,
        @Nullable Long careProviderId,
        Long districtId,
        @Nullable Long areaId,
        @Nullable LocalDate eligibleSince,
        LocalDate agreedOn,
        @Nullable String note) {}
