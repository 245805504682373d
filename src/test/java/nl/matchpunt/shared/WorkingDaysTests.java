package nl.matchpunt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    @Test
    void easterFollowsTheComputus() {
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(WorkingDays.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
    }

    @Test
    void theDutchPublicHolidaysOf2025() {
        assertThat(WorkingDays.holidays(2025))
                .containsExactlyInAnyOrder(
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 4, 21),
                        LocalDate.of(2025, 4, 26),
                        LocalDate.of(2025, 5, 5),
                        LocalDate.of(2025, 5, 29),
                        LocalDate.of(2025, 6, 9),
                        LocalDate.of(2025, 12, 25),
                        LocalDate.of(2025, 12, 26));
    }

    @Test
    void kingsDayMovesToSaturdayOnlyWhenThe27thIsASunday() {
        assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2025, 4, 27))).isFalse();
        assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2026, 4, 27))).isTrue();
    }

    @Test
    void goodFridayIsAWorkingDayAndLiberationDayIsAHolidayEveryYear() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 4, 18))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 5))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 5))).isFalse();
    }

    @Test
    void twoWorkingDaysSkipWeekends() {
        LocalDate thursday = LocalDate.of(2025, 3, 13);
        assertThat(WorkingDays.addWorkingDays(thursday, 2)).isEqualTo(LocalDate.of(2025, 3, 17));
        LocalDate saturday = LocalDate.of(2025, 3, 15);
        assertThat(WorkingDays.addWorkingDays(saturday, 2)).isEqualTo(LocalDate.of(2025, 3, 18));
        LocalDate monday = LocalDate.of(2025, 3, 10);
        assertThat(WorkingDays.addWorkingDays(monday, 2)).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void twoWorkingDaysSkipEasterMondayAndChristmas() {
        LocalDate holyThursday = LocalDate.of(2025, 4, 17);
        // Good Friday counts, the weekend and Easter Monday do not.
        assertThat(WorkingDays.addWorkingDays(holyThursday, 2)).isEqualTo(LocalDate.of(2025, 4, 22));
        LocalDate christmasEve = LocalDate.of(2025, 12, 24);
        // 25 and 26 December are holidays, then the weekend.
        assertThat(WorkingDays.addWorkingDays(christmasEve, 2)).isEqualTo(LocalDate.of(2025, 12, 30));
        LocalDate beforeAscension = LocalDate.of(2025, 5, 28);
        assertThat(WorkingDays.addWorkingDays(beforeAscension, 2)).isEqualTo(LocalDate.of(2025, 6, 2));
        LocalDate beforeKingsDay2026 = LocalDate.of(2026, 4, 24);
        assertThat(WorkingDays.addWorkingDays(beforeKingsDay2026, 2)).isEqualTo(LocalDate.of(2026, 4, 29));
    }
}
