package nl.matchpunt.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in the Netherlands: Monday to Friday except the general public holidays of the Algemene
 * termijnenwet, the law that extends statutory deadlines: New Year's Day, Easter Monday, King's Day (27 April,
 * or 26 April when the 27th is a Sunday), Liberation Day (5 May, every year: the law counts it every year, even
 * though many collective agreements give the day off only in lustrum years), Ascension Day, Whit Monday,
 * Christmas Day and Boxing Day. Good Friday is not a general holiday there, so it counts as a working day.
 * Easter Sunday and Whit Sunday fall on Sundays anyway. Easter is computed with the anonymous Gregorian
 * computus (Meeus/Jones/Butcher).
 */
public final class WorkingDays {

    private WorkingDays() {}

    /** The working day that is {@code days} working days after {@code from} (which itself does not count). */
    public static LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    public static boolean isPublicHoliday(LocalDate date) {
        return holidays(date.getYear()).contains(date);
    }

    /** The general public holidays of a year (see the class comment). */
    public static Set<LocalDate> holidays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(easter.plusDays(1));
        days.add(kingsDay);
        days.add(LocalDate.of(year, Month.MAY, 5));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(50));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
