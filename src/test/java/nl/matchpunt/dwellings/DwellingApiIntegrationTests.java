package nl.matchpunt.dwellings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDates;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The corporations' JSON API with a valid, a revoked, a foreign and no key; keys issued and revoked by the
 * administrator on the admin page.
 */
@IntegrationTest
class DwellingApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    Clock clock;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aValidKeyCreatesReadsListsUpdatesAndWithdrawsItsOwnVacancy() {
        String key = issueKey("ymere");
        String reference = DwellingTestData.uniqueReference("API");

        HttpResponse<String> created = send("POST", "/api/v1/dwellings", key, body(reference, "612.50", "1055 DT"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"ownReference\":\"" + reference + "\"", "\"district\":\"E\"", "\"area\":\"GE06\"")
                .contains("\"status\":\"AVAILABLE\"", "\"areaName\":\"Bos en Lommer\"");
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(send("GET", "/api/v1/dwellings/" + id, key, null).body()).contains(reference);
        assertThat(send("GET", "/api/v1/dwellings?status=AVAILABLE&size=200", key, null)
                        .body())
                .contains(reference)
                .doesNotContain("\"ownReference\":\"RD-");

        HttpResponse<String> updated =
                send("PUT", "/api/v1/dwellings/" + id, key, body(reference, "640.00", "1055 DT"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.body()).contains("\"rent\":640.00");

        HttpResponse<String> stale = send(
                "PUT",
                "/api/v1/dwellings/" + id,
                key,
                body(reference, "650.00", "1055 DT").replace("}", ",\"version\":0}"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"current\"", "640.0");

        HttpResponse<String> withdrawn =
                send("POST", "/api/v1/dwellings/" + id + "/withdraw", key, "{\"reason\":\"Verkocht\"}");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"status\":\"WITHDRAWN\"", "Verkocht");
        assertThat(jdbc.queryForObject(
                        "select count(*) from dwelling_change where dwelling_id = ? and username like 'api:%'",
                        Integer.class, id))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void validationErrorsAreProblemDetailsNamingEachField() {
        String key = issueKey("ymere");
        String json = body("", "0", "1055DTX").replace("\"area\":\"GE06\"", "\"area\":\"GF09\"");

        HttpResponse<String> response = send("POST", "/api/v1/dwellings", key, json);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":400")
                .contains("{\"field\":\"ownReference\",\"message\":\"Vul de eigen referentie van uw corporatie in.\"}")
                .contains("{\"field\":\"postcode\",\"message\":\"Vul een postcode in als 1234 AB.\"}")
                .contains("{\"field\":\"rent\",\"message\":\"De huur moet groter zijn dan nul.\"}")
                .contains("{\"field\":\"area\",\"message\":\"Dit gebied ligt niet in het gekozen stadsdeel.\"}");

        HttpResponse<String> unknown = send(
                "POST",
                "/api/v1/dwellings",
                key,
                body(DwellingTestData.uniqueReference("API"), "600", "1055 DT").replace("\"E\"", "\"Q\""));
        assertThat(unknown.body()).contains("{\"field\":\"district\",\"message\":\"Onbekend stadsdeel: “Q”.\"}");
        assertThat(send("POST", "/api/v1/dwellings", key, "{niet json").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aPostcodeOutsideTheProgrammeIsAProblemDetailNamingTheField() {
        String key = issueKey("ymere");
        String reference = DwellingTestData.uniqueReference("API");

        HttpResponse<String> outside = send("POST", "/api/v1/dwellings", key, body(reference, "612.50", "2011 RD"));

        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body())
                .contains("{\"field\":\"postcode\",\"message\":\"Postcode 2011 RD ligt buiten het werkgebied van het"
                        + " programma (Amsterdam en Weesp): controleer de postcode.\"}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from dwelling where own_reference = ?", Integer.class, reference))
                .isZero();
    }

    @Test
    void aVacancyDateOutsideTheSensibleRangeIsAProblemDetailNamingTheField() {
        String key = issueKey("ymere");
        LocalDate today = LocalDate.now(clock);
        String reference = DwellingTestData.uniqueReference("API");
        String json = body(reference, "612.50", "1055 DT");

        HttpResponse<String> future =
                send("POST", "/api/v1/dwellings", key, json.replace(TestDates.soonIso(), "2099-06-01"));
        HttpResponse<String> past =
                send("POST", "/api/v1/dwellings", key, json.replace(TestDates.soonIso(), "1900-01-01"));

        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(future.body())
                .contains("{\"field\":\"availableFrom\",\"message\":\"Beschikbaar per ligt te ver in de toekomst: vul"
                        + " een datum in tot en met " + DAY.format(today.plusYears(1)) + ".\"}");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body())
                .contains("{\"field\":\"availableFrom\",\"message\":\"Beschikbaar per ligt te ver in het verleden: vul"
                        + " een datum in vanaf 01-01-" + (today.getYear() - 1) + ".\"}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from dwelling where own_reference = ?", Integer.class, reference))
                .isZero();
    }

    @Test
    void withoutOrWithARevokedKeyTheAnswerIs401AndNothingChanges() {
        String reference = DwellingTestData.uniqueReference("API");
        HttpResponse<String> none = send("POST", "/api/v1/dwellings", null, body(reference, "600", "1055 DT"));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(send("GET", "/api/v1/dwellings", "mp_onzin", null).statusCode())
                .isEqualTo(401);

        String key = issueKey("ymere");
        assertThat(send("GET", "/api/v1/dwellings", key, null).statusCode()).isEqualTo(200);
        revoke(key);
        assertThat(send("GET", "/api/v1/dwellings", key, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/dwellings", key, body(reference, "600", "1055 DT"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select count(*) from dwelling where own_reference = ?", Integer.class, reference))
                .isZero();
    }

    @Test
    void aForeignKeyCannotReadChangeOrWithdrawAnotherCorporationsVacancy() {
        String ymereKey = issueKey("ymere");
        String rochdaleKey = issueKey("rochdale");
        String reference = DwellingTestData.uniqueReference("API");
        HttpResponse<String> created =
                send("POST", "/api/v1/dwellings", ymereKey, body(reference, "612.50", "1055 DT"));
        String location = created.headers().firstValue("Location").orElseThrow();
        String before = jdbc.queryForMap(
                        "select rent, status, version from dwelling where own_reference = ?", reference)
                .toString();

        HttpResponse<String> read = send("GET", location, rochdaleKey, null);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(send("PUT", location, rochdaleKey, body(reference, "500", "1055 DT"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("POST", location + "/withdraw", rochdaleKey, "{\"reason\":\"weg\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/dwellings?size=200", rochdaleKey, null).body())
                .doesNotContain(reference);

        assertThat(jdbc.queryForMap("select rent, status, version from dwelling where own_reference = ?", reference)
                        .toString())
                .isEqualTo(before);
    }

    @Test
    void onlyTheAdministratorManagesKeysAndOnlyForCorporations() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        assertThat(admin.get("/admin/api-keys").statusCode()).isEqualTo(200);
        assertThat(WebSession.loggedIn(port, "ymere").get("/admin/api-keys").statusCode())
                .isEqualTo(403);
        HttpResponse<String> careProvider = admin.postForm(
                "/admin/api-keys",
                "/admin/api-keys",
                Map.of(
                        "organisationId",
                        organisations
                                .findByCode("hvo-querido")
                                .orElseThrow()
                                .id()
                                .toString(),
                        "name",
                        "Zorgsysteem"));
        assertThat(careProvider.statusCode()).isEqualTo(200);
        assertThat(careProvider.body()).contains("Alleen woningcorporaties kunnen een API-sleutel krijgen.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_key where organisation_id = ?",
                        Integer.class,
                        organisations.findByCode("hvo-querido").orElseThrow().id()))
                .isZero();
    }

    @Test
    void theOpenApiDescriptionIsPublic() {
        HttpResponse<String> docs = send("GET", "/api/docs.json", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/dwellings", "X-API-Key", "DwellingRequest");
        HttpResponse<String> viewer = send("GET", "/api/docs", null, null);
        assertThat(viewer.statusCode()).isIn(200, 302);
    }

    private String issueKey(String corporation) {
        WebSession admin = WebSession.loggedIn(port, "admin");
        HttpResponse<String> issued = admin.postForm(
                "/admin/api-keys",
                "/admin/api-keys",
                Map.of(
                        "organisationId",
                        organisations.findByCode(corporation).orElseThrow().id().toString(),
                        "name",
                        "Koppeling " + corporation));
        assertThat(issued.statusCode()).isEqualTo(302);
        Matcher matcher = Pattern.compile("id=\"issued-key\">(mp_[A-Za-z0-9_-]+)<")
                .matcher(admin.get("/admin/api-keys").body());
        assertThat(matcher.find()).isTrue();
        String key = matcher.group(1);
        assertThat(admin.get("/admin/api-keys").body()).doesNotContain(key);
        return key;
    }

    private void revoke(String key) {
        Long id = jdbc.queryForObject("select id from api_key where prefix = ?", Long.class, key.substring(0, 10));
        WebSession admin = WebSession.loggedIn(port, "admin");
        assertThat(admin.postForm("/admin/api-keys/" + id + "/revoke", "/admin/api-keys", Map.of())
                        .statusCode())
                .isEqualTo(302);
    }

    private static String body(String reference, String rent, String postcode) {
        return "{\"ownReference\":\"" + reference + "\",\"street\":\"Bos en Lommerweg\",\"houseNumber\":112,"
                + "\"postcode\":\"" + postcode + "\",\"city\":\"Amsterdam\",\"district\":\"E\",\"area\":\"GE06\","
                + "\"rent\":" + rent + ",\"rooms\":2,\"livingArea\":54,\"floor\":2,\"sharedEntrance\":true,"
                + "\"availableFrom\":\"" + TestDates.soonIso() + "\"}";
    }

    private HttpResponse<String> send(String method, String path, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("X-API-Key", key);
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
