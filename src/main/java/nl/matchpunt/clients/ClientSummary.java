package nl.matchpunt.clients;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of a client list, for the client's own care provider or the coordinator.
 *
 * @param name {@code null} once the client is anonymised
 * @param daysWaiting days since the eligibility date while the client waits (eligible, proposed or parked)
 */
public record ClientSummary(
        Long id,
        String clientCode,
        @Nullable String name,
        ClientStatus status,
        Long careProviderId,
        String careProviderName,
        Long targetGroupId,
        String targetGroupName,
        @Nullable Instant submittedAt,
        @Nullable LocalDate eligibleSince,
        @Nullable Long daysWaiting,
        @Nullable LocalDate parkedUntil,
        @Nullable LocalDate placedOn) {}
