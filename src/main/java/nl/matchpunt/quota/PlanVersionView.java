package nl.matchpunt.quota;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a yearly plan as shown in its history. */
public record PlanVersionView(
        int number, PlanContent content, @Nullable String reason, Instant createdAt, String createdBy) {}
