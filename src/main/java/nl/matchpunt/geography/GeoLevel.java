package nl.matchpunt.geography;

/** The levels of the geographic hierarchy, from the top down. */
public enum GeoLevel {
    MUNICIPALITY,
    DISTRICT,
    AREA,
    QUARTER,
    NEIGHBOURHOOD
}
