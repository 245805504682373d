package nl.matchpunt.clients;

import org.jspecify.annotations.Nullable;

/**
 * What a client list is filtered on. {@code careProviderId} is used only for the coordinator; a care provider
 * always sees its own clients.
 *
 * @param minDaysWaiting only clients who have waited at least this many days since their eligibility date
 * @param query part of the name, the client code, or a whole BSN
 */
public record ClientFilter(
        @Nullable ClientStatus status,
        @Nullable Long targetGroupId,
        @Nullable Long careProviderId,
        @Nullable Integer minDaysWaiting,
        @Nullable String query) {

    public static ClientFilter none() {
        return new ClientFilter(null, null, null, null, null);
    }
}
