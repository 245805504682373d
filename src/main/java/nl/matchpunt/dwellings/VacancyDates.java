package nl.matchpunt.dwellings;

import java.time.LocalDate;

/**
 * The dates a vacancy's "available from" may take, seen from today (the application's Amsterdam clock): not before 1
 * January of last year, and not more than a year ahead. One rule for the form, the CSV import and the API, all of
 * which validate through {@link DwellingService#validate(DwellingData)}.
 */
public record VacancyDates(LocalDate earliest, LocalDate latest) {

    /** The range that applies on {@code today}. */
    public static VacancyDates on(LocalDate today) {
        return new VacancyDates(LocalDate.of(today.getYear() - 1, 1, 1), today.plusYears(1));
    }

    public boolean tooEarly(LocalDate date) {
        return date.isBefore(earliest);
    }

    public boolean tooLate(LocalDate date) {
        return date.isAfter(latest);
    }
}
