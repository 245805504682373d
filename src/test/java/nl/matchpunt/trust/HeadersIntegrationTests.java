package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Item 4 of the trust issue: the security headers on every GET page of every demo role (generated from the request
 * mappings), and the session cookie: HttpOnly, SameSite=Lax, Secure when the request arrived over TLS (as the
 * proxy reports with X-Forwarded-Proto), a new id at login, dead after logout, 30 minutes idle timeout.
 */
@IntegrationTest
class HeadersIntegrationTests {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Autowired
    Environment environment;

    @Test
    void everyPageOfEveryRoleCarriesTheSecurityHeaders() throws Exception {
        List<String> failures = new ArrayList<>();
        int pages = Pages.crawl(
                port,
                mappings,
                users,
                privileges,
                (account, path, response) ->
                        failures.addAll(problems(account.username + " " + path, response.headers())));
        HttpResponse<String> login = new WebSession(port).get("/login");
        failures.addAll(problems("anonymous /login", login.headers()));
        pages++;

        System.out.println("TRUST headers: " + pages + " pages over " + TrustData.ACCOUNTS.size() + " roles checked, "
                + failures.size() + " failures");
        assertThat(failures).isEmpty();
        assertThat(pages).isGreaterThan(50);
    }

    private static List<String> problems(String page, HttpHeaders headers) {
        List<String> problems = new ArrayList<>();
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        String scriptSrc = directive(csp, "script-src");
        if (scriptSrc == null) {
            scriptSrc = directive(csp, "default-src");
        }
        if (scriptSrc == null || scriptSrc.contains("'unsafe-inline'") || scriptSrc.contains("'unsafe-eval'")) {
            problems.add(page + ": script-src allows inline script or is missing: " + csp);
        }
        if (!"'none'".equals(directive(csp, "frame-ancestors"))) {
            problems.add(page + ": no frame-ancestors 'none': " + csp);
        }
        if (headers.firstValue("Referrer-Policy").isEmpty()) {
            problems.add(page + ": no Referrer-Policy");
        }
        if (!headers.firstValue("Cache-Control").orElse("").contains("no-store")) {
            problems.add(page + ": Cache-Control without no-store: " + headers.firstValue("Cache-Control"));
        }
        if (!headers.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
            problems.add(page + ": no X-Content-Type-Options nosniff");
        }
        return problems;
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            String trimmed = part.strip();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length()).strip();
            }
        }
        return null;
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxNewAtLoginAndDeadAfterLogout() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> loginPage =
                client.send(request("/login", null).GET().build(), body());
        String cookie = setCookie(loginPage);
        assertThat(cookie)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        String anonymous = id(cookie);
        String token = csrf(loginPage.body());

        HttpResponse<String> login = client.send(
                request("/login", anonymous)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form("username=hvo&password=" + WebSession.DEMO_PASSWORD + "&_csrf=" + token))
                        .build(),
                body());
        assertThat(login.statusCode()).isEqualTo(302);
        String loggedIn = id(setCookie(login));
        assertThat(loggedIn).isNotEqualTo(anonymous);
        assertThat(client.send(request("/clients", anonymous).GET().build(), body())
                        .statusCode())
                .as("the id from before the login gives no access")
                .isEqualTo(302);
        HttpResponse<String> clients =
                client.send(request("/clients", loggedIn).GET().build(), body());
        assertThat(clients.statusCode()).isEqualTo(200);

        HttpResponse<String> logout = client.send(
                request("/logout", loggedIn)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form("_csrf=" + csrf(clients.body())))
                        .build(),
                body());
        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> afterLogout =
                client.send(request("/clients", loggedIn).GET().build(), body());
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElse("")).contains("/login");

        Duration timeout = environment.getProperty("server.servlet.session.timeout", Duration.class);
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));
        System.out.println("TRUST session: cookie HttpOnly SameSite=Lax, id changed at login, dead after logout,"
                + " idle timeout " + timeout.toMinutes() + " min");
    }

    @Test
    void theSessionCookieIsSecureWhenTheRequestArrivedOverTls() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> overTls = client.send(
                request("/login", null)
                        .header("X-Forwarded-Proto", "https")
                        .GET()
                        .build(),
                body());
        assertThat(setCookie(overTls)).contains("Secure").contains("HttpOnly");
        System.out.println("TRUST secure-cookie: Secure behind TLS (X-Forwarded-Proto: https), not on plain HTTP");
    }

    private HttpRequest.Builder request(String path, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher form(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    private static String setCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie set on " + response.uri()));
    }

    private static String id(String cookie) {
        Matcher matcher = SESSION.matcher(cookie);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String csrf(String html) {
        Matcher matcher =
                Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
