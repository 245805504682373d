package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/**
 * Item 5 of issue 14: every user changes their own password; an administrator's reset forces a change at the next
 * login; the last active administrator and the municipality stay active. Each test logs in from its own client
 * address, so that its wrong passwords do not slow down the other tests.
 */
@IntegrationTest
class PasswordAndAdministratorIntegrationTests {

    private static final String PASSWORD = "lange-test-zin-42";

    private static final String NEW_PASSWORD = "een-geheel-nieuwe-zin-7";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Test
    void aUserChangesTheirOwnPasswordAndTheirOtherSessionsEnd() {
        String username = newAccount(Role.CARE_PROVIDER_STAFF, "hvo-querido");
        WebSession here = WebSession.loggedIn(port, username, PASSWORD);
        WebSession elsewhere = WebSession.loggedIn(port, username, PASSWORD);
        assertThat(here.get("/").body()).contains("href=\"/account/password\"");

        HttpResponse<String> wrongCurrent = here.postForm(
                "/account/password", "/account/password", change("niet-het-wachtwoord", NEW_PASSWORD, NEW_PASSWORD));
        assertThat(wrongCurrent.statusCode()).isEqualTo(200);
        assertThat(wrongCurrent.body())
                .contains("Het formulier is nog niet goed ingevuld", "Het huidige wachtwoord is onjuist.")
                .doesNotContain("niet-het-wachtwoord", NEW_PASSWORD);

        HttpResponse<String> common = here.postForm(
                "/account/password", "/account/password", change(PASSWORD, "wachtwoord1234", "wachtwoord1234"));
        assertThat(common.body()).contains("Dit wachtwoord is te bekend; kies een ander.");

        HttpResponse<String> different = here.postForm(
                "/account/password", "/account/password", change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"));
        assertThat(different.body()).contains("De twee wachtwoorden zijn niet gelijk.");

        HttpResponse<String> changed =
                here.postForm("/account/password", "/account/password", change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));
        assertThat(location(changed)).endsWith("/");
        assertThat(here.get("/").body()).contains("Uw wachtwoord is gewijzigd");
        assertThat(location(elsewhere.get("/"))).contains("/login");
        assertThat(location(new WebSession(port, "10.31.0.1").login(username, PASSWORD)))
                .endsWith("/login?error");
        WebSession.loggedIn(port, username, NEW_PASSWORD);
    }

    @Test
    void guessingTheCurrentPasswordInAnOpenSessionIsThrottled() {
        String username = newAccount(Role.CARE_PROVIDER_STAFF, "hvo-querido");
        WebSession session = new WebSession(port, "10.31.0.3");
        session.login(username, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(session.postForm(
                                    "/account/password",
                                    "/account/password",
                                    change("geraden-" + i, NEW_PASSWORD, NEW_PASSWORD))
                            .body())
                    .contains("Het huidige wachtwoord is onjuist.");
        }

        HttpResponse<String> right = session.postForm(
                "/account/password", "/account/password", change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("Probeer het over een moment opnieuw.");
        WebSession.loggedIn(port, username, PASSWORD);
    }

    @Test
    void thePasswordPageNeedsALoginAndItsFormACsrfToken() {
        assertThat(location(new WebSession(port).get("/account/password"))).endsWith("/login");
        WebSession user = WebSession.loggedIn(port, "leger");

        HttpResponse<String> withoutToken =
                user.postRaw("/account/password", change(WebSession.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        WebSession.loggedIn(port, "leger");
    }

    @Test
    void anAdministratorsResetForcesAChangeAtTheNextLoginBeforeAnythingElse() {
        String username = newAccount(Role.CORPORATION_STAFF, "ymere");
        WebSession before = WebSession.loggedIn(port, username, PASSWORD);
        Long id = accountId(username);
        String temporary = "tijdelijk-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> byCoordinator = WebSession.loggedIn(port, "coordinator")
                .postForm(
                        "/admin/accounts/" + id + "/password",
                        "/account/password",
                        Map.of("password", temporary, "passwordRepeat", temporary));
        assertThat(byCoordinator.statusCode()).isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "coordinator")
                        .get("/admin/accounts/" + id + "/password")
                        .statusCode())
                .isEqualTo(403);

        WebSession admin = WebSession.loggedIn(port, "admin");
        assertThat(admin.get("/admin/accounts").body()).contains("href=\"/admin/accounts/" + id + "/password\"");
        HttpResponse<String> weak = admin.postForm(
                "/admin/accounts/" + id + "/password",
                "/admin/accounts/" + id + "/password",
                Map.of("password", "wachtwoord1234", "passwordRepeat", "wachtwoord1234"));
        assertThat(weak.body()).contains("Dit wachtwoord is te bekend; kies een ander.");
        HttpResponse<String> reset = admin.postForm(
                "/admin/accounts/" + id + "/password",
                "/admin/accounts/" + id + "/password",
                Map.of("password", temporary, "passwordRepeat", temporary));
        assertThat(location(reset)).endsWith("/admin/accounts");
        assertThat(location(before.get("/"))).contains("/login");

        WebSession user = new WebSession(port, "10.31.0.2");
        assertThat(location(user.login(username, temporary))).endsWith("/account/password");
        assertThat(location(user.get("/dwellings"))).endsWith("/account/password");
        assertThat(location(user.get("/"))).endsWith("/account/password");
        assertThat(user.get("/account/password").body()).contains("Kies eerst een eigen nieuw wachtwoord.");

        HttpResponse<String> changed =
                user.postForm("/account/password", "/account/password", change(temporary, NEW_PASSWORD, NEW_PASSWORD));
        assertThat(location(changed)).endsWith("/");
        assertThat(user.get("/dwellings").statusCode()).isEqualTo(200);
        assertThat(location(WebSession.loggedIn(port, username, NEW_PASSWORD).get("/")))
                .isEmpty();
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledNotEvenByThemselves() {
        for (AccountSummary other : accounts.accounts(null, PageRequest.of(0, 1000))) {
            if (other.role() == Role.ADMIN
                    && other.enabled()
                    && !other.username().equals("admin")) {
                accounts.disableAccount(other.id());
            }
        }
        WebSession admin = WebSession.loggedIn(port, "admin");
        Long id = accountId("admin");

        HttpResponse<String> refused =
                admin.postForm("/admin/accounts/" + id + "/disable", "/admin/accounts", Map.of());

        assertThat(location(refused)).endsWith("/admin/accounts");
        assertThat(admin.get("/admin/accounts").body()).contains("dan is er geen actieve beheerder meer");
        assertThat(accounts.account("admin").enabled()).isTrue();

        String second = newAccount(Role.ADMIN, "gemeente-amsterdam");
        HttpResponse<String> allowed =
                admin.postForm("/admin/accounts/" + accountId(second) + "/disable", "/admin/accounts", Map.of());
        assertThat(location(allowed)).endsWith("/admin/accounts");
        assertThat(accounts.account(second).enabled()).isFalse();
    }

    @Test
    void theMunicipalityCannotBeDeactivated() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        Long municipality =
                organisations.findByCode("gemeente-amsterdam").orElseThrow().id();

        HttpResponse<String> refused = admin.postForm(
                "/admin/organisations/" + municipality + "/deactivate", "/admin/organisations", Map.of());

        assertThat(location(refused)).endsWith("/admin/organisations");
        assertThat(admin.get("/admin/organisations").body()).contains("De gemeente kan niet worden gedeactiveerd");
        assertThat(WebSession.loggedIn(port, "coordinator").get("/").statusCode())
                .isEqualTo(200);
        assertThat(WebSession.loggedIn(port, "hvo")
                        .postForm("/admin/organisations/" + municipality + "/deactivate", "/account/password", Map.of())
                        .statusCode())
                .isEqualTo(403);
    }

    private static Map<String, String> change(String current, String next, String repeat) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("currentPassword", current);
        fields.put("newPassword", next);
        fields.put("newPasswordRepeat", repeat);
        return fields;
    }

    private String newAccount(Role role, String organisationCode) {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Long organisationId =
                organisations.findByCode(organisationCode).orElseThrow().id();
        accounts.createAccount(username, "Test " + username, null, organisationId, role, PASSWORD);
        return username;
    }

    private Long accountId(String username) {
        return accounts.account(username).id();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
