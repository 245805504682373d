package nl.matchpunt.dwellings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A dwelling to insert in bulk (import, demo data), with the status and times it starts with. */
record NewDwellingRow(
        Long corporationId,
        DwellingData data,
        DwellingStatus status,
        Instant createdAt,
        Instant statusChangedAt,
        @Nullable String withdrawalReason,
        String username,
        String action) {}
