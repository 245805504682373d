package nl.matchpunt.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a record's access log. */
public record AuditEntry(
        Instant occurredAt,
        String username,
        @Nullable Long organisationId,
        String action,
        @Nullable String detail) {}
