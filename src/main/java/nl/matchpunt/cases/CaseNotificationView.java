package nl.matchpunt.cases;

import java.time.LocalDateTime;
import java.util.List;

/** A notification as shown in the list at {@code /cases/notifications}; created in Amsterdam time. */
public record CaseNotificationView(
        Long id, String messageKey, List<String> arguments, String link, LocalDateTime createdAt, boolean read) {

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
