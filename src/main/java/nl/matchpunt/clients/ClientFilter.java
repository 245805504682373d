package nl.matchpunt.clients;

import org.jspecify.annotations.Nullable;

/**
 * What a client list is filtered on. {@code careProviderId} is used only for the coordinator; a care provider
 * always sees its own clients.
 *
 * @param minDaysWaiting only clients who have waited at least this many days since their eligibility date (kept
 *     between 0 and {@link #MAX_DAYS_WAITING}, so that a number from the address never leaves the calendar)
 * @param query part of the name, the client code, or a whole BSN
 */
public record ClientFilter(
        @Nullable ClientStatus status,
        @Nullable Long targetGroupId,
        @Nullable Long careProviderId,
        @Nullable Integer minDaysWaiting,
        @Nullable String query) {

    /** A century: more than anyone waits, and a date that any database can still hold. */
    public static final int MAX_DAYS_WAITING = 36_500;

    public ClientFilter {
        if (minDaysWaiting != null) {
            minDaysWaiting = Math.min(Math.max(minDaysWaiting, 0), MAX_DAYS_WAITING);
        }
    }

    public static ClientFilter none() {
        return new ClientFilter(null, null, null, null, null);
    }
}
