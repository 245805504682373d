package nl.matchpunt.matching;

/**
 * The life of a proposal: DRAFT in an open round (the coordinator may remove it or swap its client), SENT to
 * the parties when the round is confirmed, DECLINED by a party until the coordinator confirms the decline
 * (DECLINE_CONFIRMED) or overturns it (back to SENT), AGREED when both parties accepted; WITHDRAWN by the
 * coordinator or because the dwelling or client left; REMOVED before the round was confirmed.
 */
public enum ProposalStatus {
    DRAFT,
    REMOVED,
    SENT,
    DECLINED,
    AGREED,
    DECLINE_CONFIRMED,
    WITHDRAWN;

    /** Out with the parties: the dwelling and the client are reserved for it. */
    public boolean isOpen() {
        return this == SENT || this == DECLINED;
    }
}
