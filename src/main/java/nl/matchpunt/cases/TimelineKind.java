package nl.matchpunt.cases;

/** What happened in a case, as shown on its timeline (message key {@code cases.timeline.<KIND>}). */
public enum TimelineKind {
    OPENED,
    AGREEMENT_DONE,
    AGREEMENT_NOT_APPLICABLE,
    INTRODUCTION_VISIT,
    HOUSING_REVIEW,
    SIGNAL_RECORDED,
    SIGNAL_RESPONDED,
    SIGNAL_ESCALATED,
    ESCALATION_STEP,
    TRANSFER_ALLOWED_EARLY,
    TRANSFER_PROPOSED,
    TRANSFER_REVIEWED,
    TRANSFER_REVIEW_DISAGREED,
    TRANSFER_APPROVED,
    TRANSFER_REFUSED,
    OWN_LEASE_RECORDED,
    OWN_LEASE_LATE,
    CLOSED,
    ENDED_EARLY
}
