package nl.matchpunt.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one client, for its own care provider and the coordinator only. Personal fields are
 * {@code null} once the client is anonymised; {@code profile} is {@code null} until it is filled in.
 */
public record ClientDetails(
        Long id,
        String clientCode,
        ClientStatus status,
        Long careProviderId,
        String careProviderName,
        @Nullable String name,
        @Nullable LocalDate dateOfBirth,
        @Nullable String bsn,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String supervisorName,
        @Nullable String supervisorPhone,
        @Nullable String supervisorEmail,
        Long targetGroupId,
        String targetGroupName,
        @Nullable Integer adults,
        @Nullable Integer children,
        @Nullable IncomeBand incomeBand,
        @Nullable String currentLocation,
        @Nullable ClientProfile profile,
        Set<SharedField> sharedFields,
        @Nullable Instant consentRecordedAt,
        @Nullable String consentRecordedBy,
        @Nullable Instant submittedAt,
        @Nullable LocalDate eligibleSince,
        @Nullable Long daysWaiting,
        @Nullable String decidedBy,
        @Nullable String rejectionReason,
        @Nullable LocalDate parkedUntil,
        @Nullable String parkReason,
        @Nullable String withdrawalReason,
        @Nullable LocalDate placedOn,
        @Nullable LocalDate closedOn,
        @Nullable Instant anonymisedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public boolean anonymised() {
        return anonymisedAt != null;
    }

    /** Personal data and profile can still be changed (not closed, placed or anonymised). */
    public boolean changeable() {
        return !status.isClosed() && status != ClientStatus.PLACED && anonymisedAt == null;
    }
}
