package nl.matchpunt.clients;

import java.util.Set;

/** Where a client stands: DRAFT → SUBMITTED → ELIGIBLE → PROPOSED → PLACED, plus REJECTED, PARKED, WITHDRAWN. */
public enum ClientStatus {
    DRAFT,
    SUBMITTED,
    ELIGIBLE,
    PROPOSED,
    PLACED,
    REJECTED,
    PARKED,
    WITHDRAWN;

    /** Statuses after which nothing changes any more; the retention period runs from them. */
    public static final Set<ClientStatus> CLOSED = Set.of(REJECTED, WITHDRAWN);

    public boolean isClosed() {
        return CLOSED.contains(this);
    }
}
