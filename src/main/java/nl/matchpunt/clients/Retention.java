package nl.matchpunt.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a client's personal data will be anonymised, as the client page tells it.
 *
 * @param anonymiseOn the day, once the retention period has started (closed, or the placement case ended)
 * @param messageKey the Dutch sentence: {@code clients.retention.on} (with the day), {@code
 *     clients.retention.afterCase} (placed, case still running) or {@code clients.retention.whileActive}
 */
public record Retention(@Nullable LocalDate anonymiseOn, String messageKey) {}
