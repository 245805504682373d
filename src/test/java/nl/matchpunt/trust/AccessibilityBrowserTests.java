package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Item 12 of the trust issue: axe-core (WCAG 2.1 A and AA) on every GET page of every demo role, generated from
 * the request mappings (pages without variables plus one detail page per kind): no serious or critical violation.
 */
@IntegrationTest
@Tag("slow")
class AccessibilityBrowserTests {

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
    void everyPageOfEveryRoleIsAccessible() throws Exception {
        TrustData data = new TrustData();
        Endpoints endpoints = Endpoints.of(mappings);
        List<String> violations = new ArrayList<>();
        int checked = 0;
        java.util.Set<String> fragments = new java.util.TreeSet<>();
        try (Browser browser = new Browser(port)) {
            Page login = browser.newPage();
            login.navigate("/login");
            checked += check(login, violations);
            login.context().close();
            for (String username : TrustData.ACCOUNTS) {
                List<String> paths = Pages.of(endpoints, data, new Attacker(port, username, users, privileges));
                Page page = browser.loggedIn(username);
                for (String path : paths) {
                    Response response;
                    try {
                        response = page.navigate(path);
                    } catch (com.microsoft.playwright.PlaywrightException download) {
                        continue;
                    }
                    if (response == null
                            || !response.headerValue("content-type").startsWith("text/html")) {
                        continue;
                    }
                    if (!response.text().contains("<html")) {
                        fragments.add(path);
                        continue;
                    }
                    checked += check(page, violations);
                }
                page.context().close();
            }
        }
        System.out.println("TRUST accessibility: " + checked + " pages x roles checked with axe-core, "
                + violations.size() + " pages with serious or critical violations; htmx fragments skipped: "
                + fragments);
        assertThat(violations).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    private static int check(Page page, List<String> violations) {
        try {
            Browser.assertAccessible(page);
        } catch (AssertionError violation) {
            violations.add(violation.getMessage());
        }
        return 1;
    }
}
