package nl.matchpunt.clients;

/** The client's income, in the bands that decide which rent is affordable. */
public enum IncomeBand {
    /** Social assistance (bijstand) or a comparable benefit. */
    SOCIAL_ASSISTANCE,
    /** Income below the lower capping limit for rent benefit (eerste aftoppingsgrens). */
    BELOW_LOWER_CAP,
    /** Income below the upper capping limit (tweede aftoppingsgrens). */
    BELOW_UPPER_CAP,
    /** Income above the capping limits, within the social-rent income limit. */
    WITHIN_SOCIAL_LIMIT
}
