package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.matchpunt.organisations.AccountService;
import nl.matchpunt.organisations.MatchpuntUserDetails;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.Role;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.session.SessionRegistry;

/**
 * Item 3 of issue 14: nothing a stranger sends is kept beyond a small fixed size. A thousand hostile requests —
 * logins with usernames of up to 3 MB (from fresh sessions and from many addresses), a hundred logins of one account,
 * junk and oversized cookies — while an honest user keeps working; the live heap of this JVM (the application runs
 * in it), measured after a full garbage collection, grows by less than 50 MB, no answer is a 5xx, and the account
 * never has more sessions than configured.
 */
@Tag("slow")
@IntegrationTest
class HostileRequestsIntegrationTests {

    private static final int MB = 1024 * 1024;

    private static final String PASSWORD = "vijandige-test-zin-42";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SessionRegistry sessions;

    @Value("${matchpunt.security.max-sessions-per-account}")
    int maxSessions;

    @Test
    void aThousandHostileRequestsLeaveTheHeapAndTheServiceAsTheyWere() throws Exception {
        String victim = "vijand-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(
                victim,
                "Vijandige test",
                null,
                organisations.findByCode("ymere").orElseThrow().id(),
                Role.CORPORATION_STAFF,
                PASSWORD);
        WebSession honest = WebSession.loggedIn(port, "ymere");
        Random random = new Random(14);
        List<String> serverErrors = new ArrayList<>();
        int[] sizes = {1_000, 100_000, MB, 2 * MB - 4_096, 3 * MB};
        int hostile = 0;
        int mostSessions = 0;
        long longest = 0;

        long before = liveHeap();
        long start = System.nanoTime();
        for (int round = 0; round < 100; round++) {
            // four logins with long usernames: two from fresh sessions, two from a reused one, from many addresses
            WebSession stranger = new WebSession(port, "10.40." + (round % 200) + "." + (1 + random.nextInt(250)));
            for (int i = 0; i < 4; i++) {
                WebSession from = i < 2 ? new WebSession(port, "10.41." + round + "." + (i + 1)) : stranger;
                int size = sizes[(round * 4 + i) % sizes.length];
                longest = Math.max(longest, size);
                check(serverErrors, "long username " + size, from.login("u".repeat(size), "x"));
                hostile++;
            }
            // one login of the same account, each time a new session
            WebSession again = new WebSession(port, "10.42.0." + (1 + round % 250));
            check(serverErrors, "login of " + victim, again.login(victim, PASSWORD));
            hostile++;
            mostSessions = Math.max(mostSessions, sessionsOf(victim));
            // five requests with junk cookies: unknown session ids, many cookies, one over the header limit
            for (int i = 0; i < 5; i++) {
                String cookie = switch (i) {
                    case 0 -> "JSESSIONID=" + UUID.randomUUID();
                    case 1 -> "JSESSIONID=" + "A".repeat(4_000);
                    case 2 -> junkCookies(random, 200);
                    case 3 -> "JSESSIONID=" + UUID.randomUUID() + "; XSRF-TOKEN=" + "%00".repeat(1_000);
                    default -> junkCookies(random, 2_000);
                };
                HttpRequest.Builder request =
                        stranger.request(i % 2 == 0 ? "/login" : "/dashboard").header("Cookie", cookie);
                check(
                        serverErrors,
                        "junk cookie " + i,
                        stranger.send(request.GET().build()));
                hostile++;
            }
            if (round % 10 == 0) {
                HttpResponse<String> page = honest.get("/dwellings");
                assertThat(page.statusCode())
                        .as("the honest user's page in round %d", round)
                        .isEqualTo(200);
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        long after = liveHeap();
        long growth = after - before;

        WebSession normal = new WebSession(port, "10.43.0.1");
        String login = normal.login("rochdale", WebSession.DEMO_PASSWORD)
                .headers()
                .firstValue("Location")
                .orElse("");
        System.out.printf(
                "TRUST hostile requests: %d in %d s (usernames up to %d MB, 100 logins of one account, 500 junk"
                        + " cookies): live heap %d MB -> %d MB (%+.1f MB), %d server errors, at most %d sessions of"
                        + " the account (limit %d)%n",
                hostile,
                seconds,
                longest / MB,
                before / MB,
                after / MB,
                growth / (double) MB,
                serverErrors.size(),
                mostSessions,
                maxSessions);

        assertThat(hostile).isEqualTo(1_000);
        assertThat(serverErrors).isEmpty();
        assertThat(growth).as("growth of the live heap in bytes").isLessThan(50L * MB);
        assertThat(mostSessions).isLessThanOrEqualTo(maxSessions);
        assertThat(login).doesNotContain("/login");
        assertThat(normal.get("/dwellings").statusCode()).isEqualTo(200);
        assertThat(honest.get("/").statusCode()).isEqualTo(200);
    }

    private int sessionsOf(String username) {
        return sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof MatchpuntUserDetails details
                        && details.getUsername().equals(username))
                .mapToInt(p -> sessions.getAllSessions(p, false).size())
                .sum();
    }

    private static String junkCookies(Random random, int count) {
        StringBuilder cookies = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                cookies.append("; ");
            }
            cookies.append("c")
                    .append(i)
                    .append('=')
                    .append(URLEncoder.encode(Long.toString(random.nextLong(), 36), StandardCharsets.UTF_8));
        }
        return cookies.toString();
    }

    private static void check(List<String> serverErrors, String what, HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            serverErrors.add(what + ": " + response.statusCode());
        }
    }

    private static long liveHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
