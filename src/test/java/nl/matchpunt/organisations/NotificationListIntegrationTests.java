package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The one notification list, grouped by what the notifications are about, and the daily digest. */
@IntegrationTest
class NotificationListIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    NotificationService notifications;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void notificationsAboutOneThingAreOneGroupThatOpensAtOnceAndOnlyForItsReader() throws Exception {
        long hvo = organisations.findByCode("hvo-querido").orElseThrow().id();
        String link = "/cases/" + ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000);
        for (int i = 1; i <= 7; i++) {
            notifications.notifyOrganisation(
                    hvo,
                    Role.CARE_PROVIDER_STAFF,
                    "cases.notification.opened",
                    List.of("C-2099-" + link.substring(7), "Teststraat " + i),
                    link);
        }
        WebSession reader = WebSession.loggedIn(port, "hvo");

        String unread = reader.get("/notifications?unread=true").body();

        assertThat(unread)
                .contains("Casus van cliënt C-2099-" + link.substring(7))
                .contains("7 nieuw")
                .contains("En nog 2 eerdere meldingen.")
                .contains("Teststraat 7", "Teststraat 3")
                .doesNotContain("(Teststraat 2)");

        // another organisation's user cannot open (and so read) the group, whatever link it sends
        WebSession stranger = WebSession.loggedIn(port, "ymere");
        assertThat(stranger.postForm("/notifications/open", "/notifications", Map.of("link", link))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.postForm("/notifications/open", "/notifications", Map.of("link", "https://example.org"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(unreadAbout(link)).isEqualTo(7 * accountsOf(hvo));

        HttpResponse<String> opened = reader.postForm("/notifications/open", "/notifications", Map.of("link", link));

        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith(link);
        assertThat(unreadAbout(link))
                .as("the other staff of hvo keep their own unread ones")
                .isEqualTo(7 * (accountsOf(hvo) - 1));
        assertThat(reader.get("/notifications?unread=true").body()).doesNotContain("C-2099-" + link.substring(7));
        assertThat(reader.get("/notifications").body()).contains("C-2099-" + link.substring(7));
    }

    @Test
    void theOldCaseNotificationPageLeadsToTheOneList() {
        HttpResponse<String> old = WebSession.loggedIn(port, "hvo").get("/cases/notifications");
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/notifications");
    }

    @Test
    void theDailyDigestHoldsOnlyTheUnreadThatArrivedAfterTheChoiceAndSinceTheLastDigest() throws Exception {
        long leger = organisations.findByCode("leger-des-heils").orElseThrow().id();
        String username = "digest-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String password = "Lange-zin-voor-de-digest-2026";
        accounts.save(new UserAccount(
                username,
                "Begeleider met samenvatting",
                username + "@example.org",
                passwords.encode(password),
                Role.CARE_PROVIDER_STAFF,
                leger,
                Instant.now()));
        Long accountId = accounts.findByUsername(username).orElseThrow().getId();
        String before = "/cases/" + ThreadLocalRandom.current().nextInt(2_000_000, 3_000_000);
        notifications.notifyOrganisation(
                leger,
                Role.CARE_PROVIDER_STAFF,
                "cases.notification.opened",
                List.of("C-2099-0001", "Voor de keuze 1"),
                before);
        WebSession session = WebSession.loggedIn(port, username, password);
        assertThat(session.get("/notifications").body())
                .contains("id=\"daily\"")
                .doesNotContainPattern("id=\"daily\"[^>]*disabled");

        session.postForm("/notifications/digest", "/notifications", Map.of("daily", "true"));

        assertThat(session.get("/notifications").body())
                .contains("U krijgt uw meldingen voortaan elke werkdag in één e-mail.")
                .containsPattern("id=\"daily\"[^>]*checked");
        String after = "/cases/" + ThreadLocalRandom.current().nextInt(3_000_000, 4_000_000);
        notifications.notifyOrganisation(
                leger,
                Role.CARE_PROVIDER_STAFF,
                "cases.notification.opened",
                List.of("C-2099-0002", "Na de keuze 1"),
                after);
        notifications.notifyOrganisation(
                leger,
                Role.CARE_PROVIDER_STAFF,
                "cases.notification.opened",
                List.of("C-2099-0002", "Na de keuze 2"),
                after);

        NotificationService.Digest digest = digestOf(accountId);
        assertThat(digest.notifications())
                .extracting(n -> n.args().get(1))
                .containsExactly("Na de keuze 1", "Na de keuze 2");
        assertThat(notifications.digestsDue())
                .as("only accounts that chose the digest")
                .extracting(NotificationService.Digest::accountId)
                .doesNotContainAnyElementsOf(
                        List.of(accounts.findByUsername("leger").orElseThrow().getId()));

        // what was read is left out; after a digest only what is newer goes in the next one
        session.postForm("/notifications/open", "/notifications", Map.of("link", after));
        assertThat(notifications.digestsDue())
                .extracting(NotificationService.Digest::accountId)
                .doesNotContain(accountId);
        accounts.findById(accountId).ifPresent(account -> {
            account.digestSent(Instant.now());
            accounts.save(account);
        });
        notifications.notifyOrganisation(
                leger,
                Role.CARE_PROVIDER_STAFF,
                "cases.notification.opened",
                List.of("C-2099-0003", "Na de vorige samenvatting"),
                after);
        assertThat(digestOf(accountId).notifications())
                .extracting(n -> n.args().get(1))
                .containsExactly("Na de vorige samenvatting");

        session.postForm("/notifications/digest", "/notifications", Map.of());
        assertThat(notifications.digestsDue())
                .extracting(NotificationService.Digest::accountId)
                .doesNotContain(accountId);
    }

    @Test
    void anAccountWithoutAnAddressCannotChooseTheDigest() throws Exception {
        WebSession hvo = WebSession.loggedIn(port, "hvo-toets");
        assertThat(hvo.get("/notifications").body())
                .contains("Bij uw account staat geen e-mailadres.")
                .containsPattern("id=\"daily\"[^>]*disabled");

        hvo.postForm("/notifications/digest", "/notifications", Map.of("daily", "true"));

        assertThat(TestDatabase.single(
                        "select count(*) from user_account where username = 'hvo-toets' and daily_digest"))
                .isZero();
    }

    private NotificationService.Digest digestOf(Long accountId) {
        return notifications.digestsDue().stream()
                .filter(d -> d.accountId().equals(accountId))
                .findFirst()
                .orElseThrow();
    }

    private static long unreadAbout(String link) throws Exception {
        return TestDatabase.single("select count(*) from notification where read_at is null and link = '" + link + "'");
    }

    private static long accountsOf(long organisation) throws Exception {
        return TestDatabase.single("select count(*) from user_account where enabled and role = 'CARE_PROVIDER_STAFF'"
                + " and organisation_id = " + organisation);
    }
}
