package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailNotifierTests {

    private final List<MimeMessage> sent = new ArrayList<>();

    private final JavaMailSenderImpl server = new JavaMailSenderImpl() {
        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            sent.addAll(List.of(messages));
        }
    };

    private final StaticMessageSource messages = new StaticMessageSource();

    private final UserAccount withEmail =
            new UserAccount("piet", "Piet", "piet@example.org", "{noop}x", Role.CORPORATION_STAFF, 1L, Instant.EPOCH);

    MailNotifierTests() {
        Locale dutch = Locale.forLanguageTag("nl-NL");
        messages.addMessage("notifications.mail.subject", dutch, "Nieuwe melding in Matchpunt");
        messages.addMessage("matching.notification.new", dutch, "Nieuwe voordracht: {0} voor cliënt {1}.");
        messages.addMessage(
                "notifications.digest.subject",
                dutch,
                "{0,choice,1#1 nieuwe melding|1<{0} nieuwe meldingen} in Matchpunt");
        messages.addMessage("notifications.digest.intro", dutch, "Er zijn {0} nieuwe meldingen:");
        messages.addMessage("notifications.digest.all", dutch, "Al uw meldingen:");
    }

    private MailNotifier notifier(boolean enabled) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", server));
        return new MailNotifier(
                beans.getBeanProvider(JavaMailSender.class),
                messages,
                enabled,
                "matchpunt@example.org",
                "https://matchpunt.example.org");
    }

    @Test
    void mailsTheDutchTextWithTheLinkWhenEnabled() throws MessagingException, IOException {
        boolean mailed = notifier(true)
                .send(withEmail, "matching.notification.new", List.of("Testpad 1", "C-2026-0001"), "/proposals/7");

        assertThat(mailed).isTrue();
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Nieuwe melding in Matchpunt");
            assertThat(mail.getAllRecipients()[0]).hasToString("piet@example.org");
            assertThat(mail.getContent().toString())
                    .contains("Nieuwe voordracht: Testpad 1 voor cliënt C-2026-0001.")
                    .contains("https://matchpunt.example.org/proposals/7");
        });
    }

    @Test
    void sendsNothingWhenOffOrWithoutAnAddress() {
        UserAccount withoutEmail =
                new UserAccount("jan", "Jan", null, "{noop}x", Role.CORPORATION_STAFF, 1L, Instant.EPOCH);

        assertThat(notifier(false).send(withEmail, "matching.notification.new", List.of("a", "b"), null))
                .isFalse();
        assertThat(notifier(true).send(withoutEmail, "matching.notification.new", List.of("a", "b"), null))
                .isFalse();
        assertThat(sent).isEmpty();
    }

    @Test
    void aDigestIsOneMailWithALinePerNotificationAndTheLinkToTheList() throws MessagingException, IOException {
        List<NotificationView> two = List.of(
                new NotificationView(
                        1L,
                        "matching.notification.new",
                        List.of("Testpad 1", "C-2026-0001"),
                        "/proposals/7",
                        Instant.EPOCH,
                        false),
                new NotificationView(
                        2L,
                        "matching.notification.new",
                        List.of("Testpad 2", "C-2026-0002"),
                        null,
                        Instant.EPOCH,
                        false));

        assertThat(notifier(true).sendDigest(withEmail, two)).isTrue();

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("2 nieuwe meldingen in Matchpunt");
            assertThat(mail.getContent().toString())
                    .contains("Er zijn 2 nieuwe meldingen:")
                    .contains("- Nieuwe voordracht: Testpad 1 voor cliënt C-2026-0001.")
                    .contains("https://matchpunt.example.org/proposals/7")
                    .contains("- Nieuwe voordracht: Testpad 2 voor cliënt C-2026-0002.")
                    .contains("Al uw meldingen:")
                    .contains("https://matchpunt.example.org/notifications");
        });
        assertThat(notifier(true).sendDigest(withEmail, List.of())).isFalse();
        assertThat(notifier(false).sendDigest(withEmail, two)).isFalse();
        assertThat(sent).hasSize(1);
    }
}
