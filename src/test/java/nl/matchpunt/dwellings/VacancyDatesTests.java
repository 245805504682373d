package nl.matchpunt.dwellings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VacancyDatesTests {

    private final VacancyDates range = VacancyDates.on(LocalDate.of(2026, 12, 5));

    @Test
    void aVacancyMayDateFromTheFirstOfJanuaryOfLastYear() {
        assertThat(range.earliest()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(range.tooEarly(LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(range.tooEarly(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(range.tooEarly(LocalDate.of(1900, 1, 1))).isTrue();
    }

    @Test
    void aVacancyMayLieAtMostAYearAhead() {
        assertThat(range.latest()).isEqualTo(LocalDate.of(2027, 12, 5));
        assertThat(range.tooLate(LocalDate.of(2027, 12, 5))).isFalse();
        assertThat(range.tooLate(LocalDate.of(2027, 12, 6))).isTrue();
        assertThat(range.tooLate(LocalDate.of(2099, 6, 1))).isTrue();
    }

    @Test
    void onTheFirstOfJanuaryLastYearStartsAFreshYear() {
        VacancyDates newYear = VacancyDates.on(LocalDate.of(2027, 1, 1));
        assertThat(newYear.earliest()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(newYear.latest()).isEqualTo(LocalDate.of(2028, 1, 1));
    }
}
