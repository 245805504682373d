package nl.matchpunt.matching;

import java.time.LocalDate;
import java.util.Map;

/**
 * The port through which a round learns each target group's contingent figures. Matching defines it and does not
 * know who implements it: the quota module does. Without an implementation no group has pressure.
 */
public interface ContingentSource {

    /**
     * Per target-group code: the contingent planned for the year of {@code referenceDate} and the placements
     * counted against it up to that date.
     */
    Map<String, ContingentFigures> contingents(LocalDate referenceDate);

    /** A target group's planned contingent for the year and its placements so far. */
    record ContingentFigures(int plannedYear, int placedYearToDate) {}
}
