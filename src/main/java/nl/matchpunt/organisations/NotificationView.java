package nl.matchpunt.organisations;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A notification as shown to its reader. */
public record NotificationView(
        Long id,
        String messageKey,
        List<String> args,
        @Nullable String link,
        Instant createdAt,
        boolean read) {

    /** The arguments as an array, for {@code #{key(${...})}} style message formatting. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
