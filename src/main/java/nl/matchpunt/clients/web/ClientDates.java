package nl.matchpunt.clients.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.matchpunt.shared.ClockConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Moments shown in Amsterdam time on the client pages; used in templates as {@code @clientDates}. */
@Component("clientDates")
class ClientDates {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ClockConfiguration.AMSTERDAM);

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(ClockConfiguration.AMSTERDAM);

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(@Nullable Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
