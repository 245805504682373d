package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.matchpunt.dwellings.api.DwellingRequest;
import nl.matchpunt.organisations.ApiKeyService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.TestDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Item 6 of the trust issue for the corporations' JSON API: every field of the vacancy request (read from the
 * record by reflection), on registering and on changing a vacancy, gets in turn an empty string, 10,000 characters,
 * a value of the wrong type, a negative number, the year 9999, a number too big for any column, unicode with emoji,
 * and null; besides these, bodies that are no JSON, no object, or of another content type. Never a 5xx: either the
 * change is stored (2xx) or a problem detail (RFC 9457) answers with a Dutch message, naming the field where one is
 * to blame.
 */
@IntegrationTest
class ApiBadInputIntegrationTests {

    private static final Pattern NOT_DUTCH = Pattern.compile(
            "must |Failed to|JSON parse|Cannot deserialize|java\\.|exception", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    /** The values that the forms are fed ({@link BadInputIntegrationTests}), in JSON, and two that only JSON has. */
    static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        BadInputIntegrationTests.values()
                .forEach((name, value) -> values.put(
                        name,
                        value.matches("-?[0-9]+")
                                ? value
                                : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        values.put("an object", "{\"a\":1}");
        values.put("null", "null");
        return values;
    }

    @Test
    void noApiRequestAnswersBadInputWithAServerError() {
        long ymere = jdbc.queryForObject("select id from organisation where code = 'ymere'", Long.class);
        String key = runAs.get("admin", () -> apiKeys.issue(ymere, "trust-bad-input"))
                .key();
        HttpResponse<String> created = send("POST", "/api/v1/dwellings", key, body(Map.of()), "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String existing = location.substring(location.indexOf("/api/"));

        List<String> failures = new ArrayList<>();
        int requests = 0;
        int stored = 0;
        for (RecordComponent field : DwellingRequest.class.getRecordComponents()) {
            for (Map.Entry<String, String> value : values().entrySet()) {
                for (String[] target : new String[][] {{"POST", "/api/v1/dwellings"}, {"PUT", existing}}) {
                    HttpResponse<String> response = send(
                            target[0],
                            target[1],
                            key,
                            body(Map.of(field.getName(), value.getValue())),
                            "application/json");
                    requests++;
                    if (response.statusCode() / 100 == 2) {
                        stored++;
                    }
                    String problem = problem(response, field.getName());
                    if (problem != null) {
                        failures.add(target[0] + " " + field.getName() + " = " + value.getKey() + ": " + problem);
                    }
                }
            }
        }
        Map<String, String[]> bodies = new LinkedHashMap<>();
        bodies.put("no JSON", new String[] {"{niet json", "application/json"});
        bodies.put("an array", new String[] {"[1,2,3]", "application/json"});
        bodies.put("a string", new String[] {"\"woning\"", "application/json"});
        bodies.put("empty body", new String[] {"", "application/json"});
        bodies.put("10,000 nested arrays", new String[] {"[".repeat(10_000), "application/json"});
        bodies.put("form encoded", new String[] {"street=Damrak", "application/x-www-form-urlencoded"});
        bodies.put("plain text", new String[] {"Damrak 1", "text/plain"});
        for (Map.Entry<String, String[]> bad : bodies.entrySet()) {
            for (String[] target :
                    new String[][] {{"POST", "/api/v1/dwellings"}, {"PUT", existing}, {"POST", existing + "/withdraw"}
                    }) {
                HttpResponse<String> response = send(target[0], target[1], key, bad.getValue()[0], bad.getValue()[1]);
                requests++;
                String problem = response.statusCode() / 100 == 2 ? "accepted" : problem(response, null);
                if (problem != null) {
                    failures.add(target[0] + " " + target[1] + " with " + bad.getKey() + ": " + problem);
                }
            }
        }

        System.out.println("TRUST api-bad-input: " + DwellingRequest.class.getRecordComponents().length
                + " fields x " + values().size() + " values x 2 endpoints + " + bodies.size()
                + " malformed bodies x 3 endpoints = " + requests + " requests, " + stored + " stored (valid after"
                + " all), " + failures.size() + " failures " + failures);
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(300);
    }

    /** What is wrong with the answer, or null when it is a stored change or an honest Dutch refusal. */
    private static String problem(HttpResponse<String> response, String field) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return null;
        }
        if (status / 100 != 4) {
            return "status " + status;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "status " + status + " without a problem detail";
        }
        String body = response.body();
        if (NOT_DUTCH.matcher(body).find() || !body.contains("\"detail\":")) {
            return "not a Dutch problem detail: " + body;
        }
        return null;
    }

    /** A valid request with the given fields replaced (raw JSON values), a fresh reference each time. */
    private static String body(Map<String, String> replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ownReference", "\"API-BAD-" + UUID.randomUUID().toString().substring(0, 8) + "\"");
        fields.put("street", "\"Bos en Lommerweg\"");
        fields.put("houseNumber", "112");
        fields.put("postcode", "\"1055 DT\"");
        fields.put("city", "\"Amsterdam\"");
        fields.put("district", "\"E\"");
        fields.put("area", "\"GE06\"");
        fields.put("rent", "612.50");
        fields.put("rooms", "2");
        fields.put("livingArea", "54");
        fields.put("floor", "2");
        fields.put("sharedEntrance", "true");
        fields.put("availableFrom", "\"" + TestDates.soonIso() + "\"");
        fields.putAll(replaced);
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":")
                .append(value));
        return json.append('}').toString();
    }

    private HttpResponse<String> send(String method, String path, String key, String body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .header("X-API-Key", key)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
