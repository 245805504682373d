package nl.matchpunt.organisations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API key as the administrator sees it: never the key itself. */
public record ApiKeySummary(
        Long id,
        String name,
        String prefix,
        Long organisationId,
        String organisationName,
        Instant createdAt,
        String createdBy,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
