package nl.matchpunt.matching;

/** What happens once the coordinator confirms a decline. */
public enum DeclineConsequence {
    /** The client goes back to the queue and the dwelling back to the offer, at once. */
    BOTH_BACK,
    /** The client is parked for the reason's number of days; the dwelling goes back to the offer. */
    PARK_CLIENT,
    /** The client is parked until the care provider says so; the dwelling goes back to the offer. */
    PARK_CLIENT_UNTIL_PROVIDER,
    /** The dwelling is withdrawn from the offer; the client goes back to the queue. */
    WITHDRAW_DWELLING
}
