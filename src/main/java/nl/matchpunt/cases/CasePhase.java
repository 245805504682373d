package nl.matchpunt.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The phases of a placement case along the Omslagroute. Only the transitions listed here are legal; the case's
 * named methods check them and refuse others with a {@link nl.matchpunt.shared.DomainException}.
 */
public enum CasePhase {
    /** The care provider rents the dwelling and sublets it to the client. */
    INTERMEDIARY_LEASE,
    /** A transfer of the lease to the client has been proposed; it awaits the independent review and the decision. */
    TRANSFER_PROPOSED,
    /** The coordinator approved the transfer; the corporation now puts the lease in the client's name. */
    TRANSFER_APPROVED,
    /** The client rents in their own name; the watchful period runs. */
    OWN_LEASE,
    /** Closed after the watchful period. */
    CLOSED,
    /** Ended before the end of the route, with a reason. */
    ENDED_EARLY;

    public boolean isTerminal() {
        return this == CLOSED || this == ENDED_EARLY;
    }

    /** The phases this phase may move to. */
    public Set<CasePhase> next() {
        return switch (this) {
            case INTERMEDIARY_LEASE -> EnumSet.of(TRANSFER_PROPOSED, ENDED_EARLY);
            case TRANSFER_PROPOSED -> EnumSet.of(TRANSFER_APPROVED, INTERMEDIARY_LEASE, ENDED_EARLY);
            case TRANSFER_APPROVED -> EnumSet.of(OWN_LEASE, ENDED_EARLY);
            case OWN_LEASE -> EnumSet.of(CLOSED, ENDED_EARLY);
            case CLOSED, ENDED_EARLY -> EnumSet.noneOf(CasePhase.class);
        };
    }

    public boolean canMoveTo(CasePhase target) {
        return next().contains(target);
    }
}
