package nl.matchpunt.matching.engine;

/**
 * The yearly plan of one target group.
 *
 * @param plannedYear placements planned for the whole year
 * @param placedYearToDate placements made since 1 January
 */
public record Contingent(int plannedYear, int placedYearToDate) {}
