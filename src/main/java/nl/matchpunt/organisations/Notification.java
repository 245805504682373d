package nl.matchpunt.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An in-app notification for one account: a message key with its arguments (rendered in the reader's
 * language), an optional link, and whether it has been read.
 */
@Entity
@Table(name = "notification")
class Notification {

    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "message_args")
    private @Nullable String messageArgs;

    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
        this.accountId = 0L;
        this.messageKey = "";
        this.createdAt = Instant.EPOCH;
    }

    Notification(Long accountId, String messageKey, List<String> args, @Nullable String link, Instant createdAt) {
        this.accountId = accountId;
        this.messageKey = messageKey;
        this.messageArgs = args.isEmpty() ? null : String.join(SEPARATOR, args);
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationView toView() {
        return new NotificationView(
                id == null ? 0L : id,
                messageKey,
                messageArgs == null ? List.of() : Arrays.asList(messageArgs.split(SEPARATOR, -1)),
                link,
                createdAt,
                readAt != null);
    }

    Long getAccountId() {
        return accountId;
    }

    @Nullable
    String getLink() {
        return link;
    }
}
