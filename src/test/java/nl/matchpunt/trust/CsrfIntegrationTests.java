package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Item 3 of the trust issue: every state-changing mapping outside the stateless, key-authenticated {@code /api/**}
 * refuses a request without CSRF token from a logged-in account whose role the URL rules admit (every such demo
 * account is tried; Spring Security's CSRF filter runs before any authorisation), and nothing changes; and opening
 * every GET page of every demo account changes no table.
 */
@IntegrationTest
class CsrfIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Test
    void everyStateChangingEndpointRefusesARequestWithoutToken() throws Exception {
        TrustData data = new TrustData();
        Endpoints endpoints = Endpoints.of(mappings);
        Map<String, Attacker> accounts = accounts();
        List<Endpoints.Endpoint> stateChanging = endpoints.stateChanging().stream()
                .filter(endpoint -> !endpoint.isApi())
                .toList();
        List<String> failures = new ArrayList<>();
        int covered = 0;
        int requests = 0;
        Map<String, String> before = TrustData.checksums();
        for (Endpoints.Endpoint endpoint : stateChanging) {
            boolean reached = false;
            for (Attacker account : accounts.values()) {
                String path = Pages.fill(endpoint, data, data.account(account.username));
                if (path == null) {
                    path = endpoint.path(variable -> "1");
                }
                if (!account.mayUse(path, endpoint.method())) {
                    continue;
                }
                reached = true;
                requests++;
                HttpResponse<String> response = account.send(endpoint.method(), path, false);
                if (response.statusCode() != 403) {
                    failures.add(endpoint + " as " + account.username + " without token: " + response.statusCode());
                }
            }
            if (reached) {
                covered++;
            } else {
                failures.add(endpoint + ": no demo account may use it, so it was not tried");
            }
        }
        List<String> changed = TrustData.changed(before, TrustData.checksums());

        System.out.println("TRUST csrf: " + covered + " of " + stateChanging.size()
                + " state-changing endpoints covered, " + requests + " requests without token, "
                + failures.size() + " accepted, tables changed: " + changed);
        assertThat(failures).isEmpty();
        assertThat(changed).isEmpty();
        assertThat(covered).isEqualTo(stateChanging.size()).isGreaterThan(30);
    }

    @Test
    void noGetPageChangesAnything() throws Exception {
        TrustData data = new TrustData();
        Endpoints endpoints = Endpoints.of(mappings);
        Map<String, Attacker> accounts = accounts();
        Map<String, String> before = TrustData.checksums();
        int pages = 0;
        List<String> errors = new ArrayList<>();
        for (Attacker account : accounts.values()) {
            for (String path : Pages.of(endpoints, data, account)) {
                HttpResponse<String> response = account.session.get(path);
                pages++;
                if (response.statusCode() >= 500) {
                    errors.add(path + " as " + account.username + ": " + response.statusCode());
                }
            }
        }
        List<String> changed = TrustData.changed(before, TrustData.checksums());

        System.out.println("TRUST get-is-safe: " + pages + " GET pages over " + accounts.size()
                + " roles, tables changed: " + changed + ", 5xx: " + errors);
        assertThat(changed).as("tables changed by GET requests").isEmpty();
        assertThat(errors).isEmpty();
        assertThat(pages).isGreaterThan(50);
    }

    private Map<String, Attacker> accounts() {
        Map<String, Attacker> accounts = new LinkedHashMap<>();
        for (String username : TrustData.ACCOUNTS) {
            accounts.put(username, new Attacker(port, username, users, privileges));
        }
        return accounts;
    }
}
