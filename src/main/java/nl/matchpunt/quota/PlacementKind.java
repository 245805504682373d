package nl.matchpunt.quota;

/**
 * Where a counted placement comes from: the regular flow (a {@code PlacementAgreed}), or a dwelling from outside
 * it, recorded by hand (temporary new-build, a conversion of offices or care homes, something else).
 */
public enum PlacementKind {
    REGULAR,
    TEMPORARY_NEW_BUILD,
    CONVERSION,
    OTHER;

    public boolean isManual() {
        return this != REGULAR;
    }
}
