package nl.matchpunt.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.matchpunt.shared.ClockConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Dates and times on screen, in Amsterdam's time zone; used in templates as {@code @dates}. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ClockConfiguration.AMSTERDAM);

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
