package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class LoginIntegrationTests {

    private static final String PASSWORD = "lange-test-zin-42";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Test
    void anonymousRequestIsSentToTheDutchLoginPage() {
        HttpResponse<String> response = new WebSession(port).get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        String login = new WebSession(port).get("/login").body();
        assertThat(login).contains("Inloggen", "Gebruikersnaam", "Wachtwoord");
    }

    @Test
    void eachDemoAccountLogsInAndSeesItsOwnMenu() {
        for (String username : new String[] {"coordinator", "admin", "ymere", "rochdale", "hvo", "leger"}) {
            WebSession session = WebSession.loggedIn(port, username);
            String home = session.get("/").body();
            assertThat(home).contains("Welkom").contains("Uitloggen");
            if (username.equals("admin")) {
                assertThat(home).contains("href=\"/admin/accounts\"");
            } else {
                assertThat(home).doesNotContain("href=\"/admin/accounts\"");
            }
        }
    }

    @Test
    void wrongPasswordIsRefusedWithADutchMessageAndKeepsTheUsername() {
        WebSession session = new WebSession(port, "10.14.0.1");
        HttpResponse<String> response = session.login("coordinator", "not-the-password");

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        String page = session.get("/login?error").body();
        assertThat(page).contains("Gebruikersnaam of wachtwoord is onjuist.").contains("value=\"coordinator\"");
        assertThat(session.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void anOverlongUsernameIsNeitherKeptNorEchoed() {
        WebSession session = new WebSession(port, "10.14.0.2");
        String typed = "x".repeat(LoginThrottle.MAX_USERNAME_LENGTH + 1);

        assertThat(location(session.login(typed, "whatever"))).endsWith("/login?error");

        String page = session.get("/login?error").body();
        assertThat(page).contains("Gebruikersnaam of wachtwoord is onjuist.").doesNotContain(typed);
    }

    @Test
    void aDisabledAccountCannotLogInAndItsOpenSessionEnds() {
        String username = newAccount(Role.CORPORATION_STAFF, "ymere");
        WebSession user = WebSession.loggedIn(port, username, PASSWORD);
        assertThat(user.get("/").statusCode()).isEqualTo(200);

        WebSession admin = WebSession.loggedIn(port, "admin");
        Long id = accountId(username);
        HttpResponse<String> disable =
                admin.postForm("/admin/accounts/" + id + "/disable", "/admin/accounts", Map.of());
        assertThat(disable.statusCode()).isEqualTo(302);

        HttpResponse<String> afterDisable = user.get("/");
        assertThat(afterDisable.statusCode()).isEqualTo(302);
        assertThat(location(afterDisable)).contains("/login");
        // only who knows the password learns that the account is disabled
        assertThat(location(new WebSession(port, "10.14.0.3").login(username, "wrong-password")))
                .endsWith("/login?error");
        assertThat(location(new WebSession(port, "10.14.0.3").login(username, PASSWORD)))
                .endsWith("/login?disabled");
    }

    @Test
    void postWithoutCsrfTokenIsRefused() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        long before = accounts.organisations().size();

        HttpResponse<String> response = admin.postRaw(
                "/admin/organisations", Map.of("code", "csrf-probe", "name", "Probe", "type", "CARE_PROVIDER"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(accounts.organisations()).hasSize((int) before);
    }

    @Test
    void onlyTheAdministratorReachesTheAdministration() {
        assertThat(WebSession.loggedIn(port, "coordinator")
                        .get("/admin/accounts")
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "hvo").get("/admin/organisations").body())
                .contains("Geen toegang");
        assertThat(WebSession.loggedIn(port, "admin").get("/admin/accounts").body())
                .contains("coordinator", "Medewerker woningcorporatie");
    }

    @Test
    void logoutEndsTheSession() {
        WebSession session = WebSession.loggedIn(port, "ymere");
        HttpResponse<String> logout = session.postForm("/logout", "/", Map.of());

        assertThat(location(logout)).endsWith("/login?logout");
        assertThat(session.get("/").statusCode()).isEqualTo(302);
    }

    private String newAccount(Role role, String organisationCode) {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Long organisationId =
                organisations.findByCode(organisationCode).orElseThrow().id();
        accounts.createAccount(username, "Test " + username, null, organisationId, role, PASSWORD);
        return username;
    }

    private Long accountId(String username) {
        return accounts.accounts(null, org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
