package nl.matchpunt.cases;

import java.time.Instant;
import java.util.List;

/** A notification as shown in the list at {@code /cases/notifications}. */
public record CaseNotificationView(
        Long id, String messageKey, List<String> arguments, String link, Instant createdAt, boolean read) {

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
