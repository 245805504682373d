package nl.matchpunt.dwellings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a vacancy's history: when, who, what (a field with its old and new value, or a status change). */
public record DwellingHistoryEntry(
        Instant occurredAt,
        String username,
        String action,
        @Nullable String field,
        @Nullable String oldValue,
        @Nullable String newValue) {}
