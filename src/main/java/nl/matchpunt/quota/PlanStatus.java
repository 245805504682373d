package nl.matchpunt.quota;

/** A yearly plan is drafted, then activated; after that it changes only by adjustments (new versions). */
public enum PlanStatus {
    DRAFT,
    ACTIVE
}
