package nl.matchpunt.organisations;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail too, when {@code matchpunt.notifications.mail.enabled=true} and an SMTP server
 * is configured ({@code spring.mail.host}); off by default. The mail holds the Dutch text and a link, never
 * personal data beyond what the notification itself says (a client code, an address).
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ObjectProvider<JavaMailSender> mailSender;

    private final MessageSource messages;

    private final boolean enabled;

    private final String from;

    private final String baseUrl;

    MailNotifier(
            ObjectProvider<JavaMailSender> mailSender,
            MessageSource messages,
            @Value("${matchpunt.notifications.mail.enabled:false}") boolean enabled,
            @Value("${matchpunt.notifications.mail.from:matchpunt@amsterdam.nl}") String from,
            @Value("${matchpunt.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Mails the notification to the account's address; returns whether a mail was handed to the server. */
    boolean send(UserAccount account, String messageKey, List<String> args, @Nullable String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        String to = account.getEmail();
        if (!enabled || sender == null || to == null || to.isBlank()) {
            return false;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(messages.getMessage("notifications.mail.subject", null, DUTCH));
        String text = messages.getMessage(messageKey, args.toArray(), DUTCH);
        mail.setText(link == null ? text : text + System.lineSeparator() + System.lineSeparator() + baseUrl + link);
        try {
            sender.send(mail);
            return true;
        } catch (MailException failed) {
            log.warn("Notification mail to account {} could not be sent: {}", account.getId(), failed.getMessage());
            return false;
        }
    }

    /**
     * Mails the account one digest of {@code notifications} (oldest first): a line per notification with its
     * link, and the link to the whole list. Returns whether a mail was handed to the server.
     */
    boolean sendDigest(UserAccount account, List<NotificationView> notifications) {
        JavaMailSender sender = mailSender.getIfAvailable();
        String to = account.getEmail();
        if (!enabled || sender == null || to == null || to.isBlank() || notifications.isEmpty()) {
            return false;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(
                messages.getMessage("notifications.digest.subject", new Object[] {notifications.size()}, DUTCH));
        StringBuilder text = new StringBuilder(
                messages.getMessage("notifications.digest.intro", new Object[] {notifications.size()}, DUTCH));
        String line = System.lineSeparator();
        text.append(line);
        for (NotificationView notification : notifications) {
            text.append(line)
                    .append("- ")
                    .append(messages.getMessage(notification.messageKey(), notification.argsArray(), DUTCH));
            if (notification.link() != null) {
                text.append(line).append("  ").append(baseUrl).append(notification.link());
            }
        }
        text.append(line).append(line).append(messages.getMessage("notifications.digest.all", null, DUTCH));
        text.append(line).append(baseUrl).append("/notifications");
        mail.setText(text.toString());
        try {
            sender.send(mail);
            return true;
        } catch (MailException failed) {
            log.warn("Notification digest to account {} could not be sent: {}", account.getId(), failed.getMessage());
            return false;
        }
    }
}
