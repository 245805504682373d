package nl.matchpunt.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.matchpunt.shared.ClockConfiguration;

/** Dates for test input that stay valid whenever the tests run: a vacancy ten days from today. */
public final class TestDates {

    private TestDates() {}

    /** Ten days from today, in Amsterdam. */
    public static LocalDate soon() {
        return LocalDate.now(ClockConfiguration.AMSTERDAM).plusDays(10);
    }

    /** {@link #soon()} as 2026-12-15. */
    public static String soonIso() {
        return soon().toString();
    }

    /** {@link #soon()} as 15-12-2026, as Dutch spreadsheets write it. */
    public static String soonDutch() {
        return DateTimeFormatter.ofPattern("dd-MM-yyyy").format(soon());
    }
}
