package nl.matchpunt.cases;

/** Where a proposal to transfer the lease to the client stands. */
public enum TransferStatus {
    AWAITING_REVIEW,
    AWAITING_DECISION,
    APPROVED,
    REFUSED,
    /** The independent reviewer did not support the proposal; the case stays in the intermediary lease. */
    REVIEW_DISAGREED;

    public boolean isOpen() {
        return this == AWAITING_REVIEW || this == AWAITING_DECISION;
    }
}
