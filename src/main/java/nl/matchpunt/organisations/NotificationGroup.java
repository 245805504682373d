package nl.matchpunt.organisations;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The notifications about one thing (a case, a proposal, a round: what their link points to), newest first.
 *
 * @param link where the notifications lead, null for those without a link
 * @param kind the message key naming what they are about ("Casus", "Voorstel", ...)
 * @param subject the client code the newest notification names, when it names one
 * @param unread how many of them are unread
 * @param total how many there are in the list's selection
 * @param latest when the newest arrived
 * @param shown the newest few, at most {@link NotificationService#SHOWN_PER_GROUP}
 */
public record NotificationGroup(
        @Nullable String link,
        String kind,
        @Nullable String subject,
        long unread,
        long total,
        Instant latest,
        List<NotificationView> shown) {

    /** How many earlier notifications of the group are not shown. */
    public long more() {
        return total - shown.size();
    }
}
