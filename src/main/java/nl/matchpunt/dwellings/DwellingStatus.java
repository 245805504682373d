package nl.matchpunt.dwellings;

/** Where a vacancy stands: AVAILABLE → PROPOSED → ALLOCATED → LET, or WITHDRAWN. */
public enum DwellingStatus {
    AVAILABLE,
    PROPOSED,
    ALLOCATED,
    LET,
    WITHDRAWN
}
