package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Item 4 of issue 14 (ASVS v5 6.3): what a stranger can do with the login form. Guessing is slowed by growing
 * delays per client address and per account-and-address; nobody can lock the real user out from elsewhere; and
 * the answers do not tell a known username from an unknown one. Each test uses its own client addresses (sent as
 * {@code X-Forwarded-For}, which Tomcat's RemoteIpValve trusts from the local test client).
 */
@IntegrationTest
class LoginAbuseIntegrationTests {

    private static final String THROTTLED = "/login?wait";

    @LocalServerPort
    int port;

    @Test
    void credentialStuffingOverAHundredUsernamesFromOneAddressIsThrottled() {
        WebSession attacker = new WebSession(port, "10.99.1.1");
        int throttled = 0;
        int tried = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            String answer = location(attacker.login("medewerker" + i + "@example.org", "Welkom2024!"));
            if (answer.endsWith(THROTTLED)) {
                throttled++;
            } else {
                assertThat(answer).endsWith("/login?error");
                tried++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "TRUST login stuffing: 100 usernames from one address in %d ms: %d passwords checked, %d refused"
                        + " to wait%n",
                millis, tried, throttled);

        assertThat(tried).as("passwords checked").isLessThanOrEqualTo(15);
        assertThat(throttled).isGreaterThanOrEqualTo(85);
        assertThat(attacker.get(THROTTLED).body()).contains("Probeer het over een moment opnieuw.");
    }

    @Test
    void aTargetedLockOutOfTheCoordinatorFromElsewhereLeavesTheirOwnAddressFree() {
        WebSession attacker = new WebSession(port, "10.66.6.6");
        int throttled = 0;
        for (int i = 0; i < 30; i++) {
            if (location(attacker.login("coordinator", "raden-" + i)).endsWith(THROTTLED)) {
                throttled++;
            }
        }
        // even the right password is refused to the attacker's address while it must wait
        String attackerWithRightPassword = location(attacker.login("coordinator", WebSession.DEMO_PASSWORD));

        WebSession coordinator = new WebSession(port, "10.20.0.7");
        String own = location(coordinator.login("coordinator", WebSession.DEMO_PASSWORD));
        System.out.printf(
                "TRUST login lock-out: 30 wrong passwords for coordinator from another address, %d refused to wait;"
                        + " the coordinator from their own address: %s%n",
                throttled, own);

        assertThat(throttled).isGreaterThanOrEqualTo(20);
        assertThat(attackerWithRightPassword).endsWith(THROTTLED);
        assertThat(own).doesNotContain("/login");
        assertThat(coordinator.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAKnownOneInAboutTheSameTime() {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        String knownPage = null;
        String unknownPage = null;
        for (int i = 0; i < 6; i++) {
            WebSession first = new WebSession(port, "10.77.0." + (2 * i + 1));
            WebSession second = new WebSession(port, "10.77.0." + (2 * i + 2));
            first.csrfToken("/login");
            second.csrfToken("/login");
            long start = System.nanoTime();
            HttpResponse<String> knownAnswer = first.login("rochdale", "niet-het-wachtwoord");
            known.add(System.nanoTime() - start);
            start = System.nanoTime();
            HttpResponse<String> unknownAnswer = second.login("rochdalf", "niet-het-wachtwoord");
            unknown.add(System.nanoTime() - start);

            assertThat(unknownAnswer.statusCode()).isEqualTo(knownAnswer.statusCode());
            assertThat(location(unknownAnswer)).isEqualTo(location(knownAnswer)).endsWith("/login?error");
            knownPage = withoutTokens(first.get("/login?error").body()).replace("rochdale", "NAAM");
            unknownPage = withoutTokens(second.get("/login?error").body()).replace("rochdalf", "NAAM");
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        System.out.printf(
                "TRUST login answers: known and unknown username: same status, redirect and page; median %d ms vs"
                        + " %d ms%n",
                knownMedian / 1_000_000, unknownMedian / 1_000_000);

        assertThat(unknownPage).isEqualTo(knownPage);
        assertThat((double) unknownMedian / knownMedian).isBetween(0.5, 2.0);
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("value=\"[^\"]{20,}\"", "value=\"TOKEN\"");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
