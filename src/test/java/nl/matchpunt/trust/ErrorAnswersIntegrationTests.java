package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.matchpunt.organisations.ApiKeyService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Item 7 of the trust issue, the answers themselves: each refusal the framework or the servlet container makes
 * (400, 404, 405, 413, 415, a request line beyond any limit) is a Dutch page of the application's layout, and on
 * the API ({@code /api/**}) always an RFC 9457 problem detail in Dutch; the requests that used to fail with a 500
 * (the last page of a list, a year of a billion, a submission token beyond its column) get a page or a 400.
 */
@IntegrationTest
class ErrorAnswersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyRefusalIsADutchPage() {
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        List<String> failures = new ArrayList<>();
        expectPage(failures, "404 of an unknown page", coordinator.get("/no-such-page"), 404);
        expectPage(failures, "400 of an unreadable filter", coordinator.get("/cases?phase=xyz"), 400);
        expectPage(failures, "400 of a year of a billion", coordinator.get("/dashboard?year=1000000000"), 400);
        expectPage(
                failures,
                "400 of a negative year on an export",
                coordinator.get("/dashboard/export/matching.csv?year=-1"),
                400);
        expectPage(failures, "the last page of a list", coordinator.get("/cases?page=2147483647"), 200);
        expectPage(failures, "405 of a GET of a form's action", coordinator.get("/notifications/read"), 405);
        expectPage(
                failures,
                "400 of a 100,000-character address",
                send("GET", "/login?q=" + "x".repeat(100_000), null, "text/html", "", null),
                400);
        expectPage(
                failures,
                "400 of a submission token of 10,000 characters",
                ymere.postRaw(
                        "/notifications/read",
                        Map.of("_submission", "s".repeat(10_000), "_csrf", ymere.csrfToken("/notifications"))),
                400);
        String boundary = "matchpunt-too-large";
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n" + "x".repeat(6 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
        expectPage(
                failures,
                "413 of a 6 MB upload",
                ymere.send(HttpRequest.newBuilder(URI.create(
                                ymere.baseUrl() + "/dwellings/import?_csrf=" + ymere.csrfToken("/dwellings/import")))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(upload))
                        .build()),
                413);
        System.out.println("TRUST error answers (pages): " + failures.size() + " failures " + failures);
        assertThat(failures).isEmpty();
    }

    @Test
    void theApiAlwaysAnswersWithADutchProblemDetail() {
        long ymere = jdbc.queryForObject("select id from organisation where code = 'ymere'", Long.class);
        String key = runAs.get("admin", () -> apiKeys.issue(ymere, "trust-error-answers"))
                .key();
        List<String> failures = new ArrayList<>();
        expectProblem(failures, "404", send("GET", "/api/v1/no-such-thing", key, "application/json", "", null), 404);
        expectProblem(
                failures,
                "400 of the last page",
                send("GET", "/api/v1/dwellings?page=abc", key, "application/json", "", null),
                400);
        expectProblem(
                failures,
                "200 of the last page",
                send("GET", "/api/v1/dwellings?page=2147483647", key, "application/json", "", null),
                200);
        expectProblem(failures, "405", send("DELETE", "/api/v1/dwellings", key, "application/json", "", null), 405);
        expectProblem(
                failures,
                "415",
                send("POST", "/api/v1/dwellings", key, "application/json", "Damrak", "text/plain"),
                415);
        String lastBody = expectProblem(
                failures,
                "400 of a date far beyond 2100",
                send(
                        "POST",
                        "/api/v1/dwellings",
                        key,
                        "application/json",
                        "{\"ownReference\":\"FAR-DATE\",\"street\":\"Damrak\",\"houseNumber\":1,"
                                + "\"postcode\":\"1012 LG\",\"city\":\"Amsterdam\",\"district\":\"A\",\"area\":\"AA01\","
                                + "\"rent\":612.50,\"rooms\":2,\"livingArea\":54,\"floor\":2,"
                                + "\"availableFrom\":\"+999999999-12-31\"}",
                        "application/json"),
                400);
        if (!lastBody.contains("availableFrom")) {
            failures.add("the far date is not named: " + lastBody);
        }
        System.out.println("TRUST error answers (API): " + failures.size() + " failures " + failures);
        assertThat(failures).isEmpty();
    }

    private static void expectPage(List<String> failures, String what, HttpResponse<String> response, int status) {
        String body = response.body();
        if (response.statusCode() != status) {
            failures.add(what + ": status " + response.statusCode());
        } else if (status >= 400
                && (!body.contains("lang=\"nl\"") || body.contains("HTTP Status") || body.contains("Whitelabel"))) {
            failures.add(what + ": not a Dutch page: " + body.substring(0, Math.min(200, body.length())));
        }
    }

    private static String expectProblem(List<String> failures, String what, HttpResponse<String> response, int status) {
        String body = response.body();
        if (response.statusCode() != status) {
            failures.add(what + ": status " + response.statusCode() + " " + body);
        } else if (status >= 400
                && (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                        || !body.contains("\"detail\":")
                        || body.matches("(?s).*(Bad Request|Not Found|Method Not Allowed|Unsupported|Failed to).*"))) {
            failures.add(what + ": not a Dutch problem detail: " + body);
        }
        return body;
    }

    private HttpResponse<String> send(
            String method, String path, String key, String accept, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
