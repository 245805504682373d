package nl.matchpunt.dwellings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDates;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every dwellings page with an allowed and a forbidden user, and the scoping between corporations. */
@IntegrationTest
class DwellingWebIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GeographyService geography;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void theListShowsACorporationOnlyItsOwnVacanciesAndTheCoordinatorAll() {
        HttpResponse<String> ymere = WebSession.loggedIn(port, "ymere").get("/dwellings?status=LET");
        assertThat(ymere.statusCode()).isEqualTo(200);
        assertThat(ymere.body()).contains("YM-1").doesNotContain("RD-1").doesNotContain("id=\"corporation\"");

        HttpResponse<String> coordinator = WebSession.loggedIn(port, "coordinator")
                .get("/dwellings?corporation="
                        + jdbc.queryForObject("select id from organisation where code = 'rochdale'", Long.class));
        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(coordinator.body()).contains("RD-1", "id=\"corporation\"").doesNotContain("YM-1");
        assertThat(coordinator.body()).doesNotContain(">Woning aanmelden<");

        assertThat(WebSession.loggedIn(port, "hvo").get("/dwellings").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theListFiltersOnStatusDistrictAndDateAndPages() {
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        Long noord = geography.findByCode("N").orElseThrow().id();
        String page = coordinator
                .get("/dwellings?status=AVAILABLE&district=" + noord + "&availableFrom=2020-01-01")
                .body();
        assertThat(page)
                .contains("Beschikbaar")
                .doesNotContain("<td>Verhuurd</td>")
                .doesNotContain(">Osdorp<");

        String all = coordinator.get("/dwellings").body();
        assertThat(all).contains("Pagina 1 van");
        assertThat(coordinator.get("/dwellings?page=2").body()).contains("Pagina 3 van");
    }

    @Test
    void aCorporationRegistersAVacancyAndSeesItWithItsHistory() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        assertThat(ymere.get("/dwellings/new").statusCode()).isEqualTo(200);
        String reference = DwellingTestData.uniqueReference("WEB");

        long id = DwellingForms.register(ymere, geography, reference);

        HttpResponse<String> detail = ymere.get("/dwellings/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains("Bos en Lommerweg 112-2", "1055 DT", "€ 612,50", "Bos en Lommer", reference)
                .contains("Historie", "Aangemeld", "ymere");
    }

    @Test
    void theCoordinatorAndCareProvidersCannotRegister() {
        assertThat(WebSession.loggedIn(port, "coordinator")
                        .get("/dwellings/new")
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "hvo").get("/dwellings/new").statusCode())
                .isEqualTo(403);
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        String reference = DwellingTestData.uniqueReference("COORD");
        HttpResponse<String> post =
                coordinator.postForm("/dwellings", "/dwellings", DwellingForms.fields(geography, reference));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from dwelling where own_reference = ?", reference))
                .isZero();
    }

    @Test
    void badInputIsShownInDutchAtTheFieldAndKeepsWhatWasTyped() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String reference = DwellingTestData.uniqueReference("BAD");
        Map<String, String> fields = DwellingForms.fields(geography, reference);
        fields.put("postcode", "10555 AB");
        fields.put("rent", "zeshonderd");
        fields.put("rooms", "12");
        fields.put("areaId", geography.findByCode("GF09").orElseThrow().id().toString());

        HttpResponse<String> response = ymere.postForm("/dwellings", "/dwellings/new", fields);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Het formulier is nog niet goed ingevuld")
                .contains("Vul een postcode in als 1234 AB.")
                .contains("Vul een bedrag in, bijvoorbeeld 612,50.")
                .contains("Het aantal kamers ligt tussen 1 en 10.")
                .contains("Dit gebied ligt niet in het gekozen stadsdeel.")
                .contains("value=\"" + reference + "\"", "value=\"10555 AB\"", "value=\"zeshonderd\"");
        assertThat(count("select count(*) from dwelling where own_reference = ?", reference))
                .isZero();

        fields.put("postcode", "1055 DT");
        fields.put("rent", "950,00");
        fields.put("rooms", "2");
        fields.put("areaId", geography.findByCode("GE06").orElseThrow().id().toString());
        assertThat(ymere.postForm("/dwellings", "/dwellings/new", fields).body())
                .contains("De huur is hoger dan de huurgrens voor sociale huur (€ 932,93 in "
                        + TestDates.soon().getYear() + ").");
    }

    @Test
    void aVacancyDateOutsideTheSensibleRangeIsRefusedAtTheFieldAndKeepsWhatWasTyped() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        LocalDate today = LocalDate.now(clock);
        String reference = DwellingTestData.uniqueReference("DATE");
        Map<String, String> fields = DwellingForms.fields(geography, reference);
        fields.put("availableFrom", "2099-06-01");

        HttpResponse<String> future = ymere.postForm("/dwellings", "/dwellings/new", fields);

        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(future.body())
                .contains("Het formulier is nog niet goed ingevuld")
                .containsPattern("id=\"availableFrom-error\"[^>]*>Beschikbaar per ligt te ver in de toekomst: vul een"
                        + " datum in tot en met " + DAY.format(today.plusYears(1)) + ".<")
                .contains("value=\"2099-06-01\"", "value=\"" + reference + "\"", "value=\"Bos en Lommerweg\"");

        fields.put("availableFrom", "1900-01-01");
        assertThat(ymere.postForm("/dwellings", "/dwellings/new", fields).body())
                .containsPattern("id=\"availableFrom-error\"[^>]*>Beschikbaar per ligt te ver in het verleden: vul een"
                        + " datum in vanaf 01-01-" + (today.getYear() - 1) + ".<")
                .contains("value=\"1900-01-01\"");
        assertThat(count("select count(*) from dwelling where own_reference = ?", reference))
                .isZero();

        fields.put("availableFrom", today.plusYears(1).toString());
        assertThat(ymere.postForm("/dwellings", "/dwellings/new", fields).statusCode())
                .isEqualTo(302);
        assertThat(count("select count(*) from dwelling where own_reference = ?", reference))
                .isOne();
    }

    @Test
    void thePostcodeMustLieInTheProgrammeAndInTheChosenDistrict() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String reference = DwellingTestData.uniqueReference("PC");
        Map<String, String> fields = DwellingForms.fields(geography, reference);
        fields.put("postcode", "2011 RD");

        HttpResponse<String> outside = ymere.postForm("/dwellings", "/dwellings/new", fields);

        assertThat(outside.statusCode()).isEqualTo(200);
        assertThat(outside.body())
                .containsPattern("id=\"postcode-error\"[^>]*>Postcode 2011 RD ligt buiten het werkgebied van het"
                        + " programma \\(Amsterdam en Weesp\\): controleer de postcode.<")
                .contains("value=\"2011 RD\"", "value=\"" + reference + "\"", "value=\"Bos en Lommerweg\"");

        fields.put("postcode", "1094 hb");
        assertThat(ymere.postForm("/dwellings", "/dwellings/new", fields).body())
                .containsPattern("id=\"districtId-error\"[^>]*>Postcode 1094 HB hoort bij stadsdeel Oost: kies dat"
                        + " stadsdeel of controleer de postcode.<");
        assertThat(count("select count(*) from dwelling where own_reference = ?", reference))
                .isZero();

        // 1013 straddles Centrum and West: either district is accepted
        fields.put("postcode", "1013 AB");
        assertThat(ymere.postForm("/dwellings", "/dwellings/new", fields).statusCode())
                .isEqualTo(302);
        assertThat(count("select count(*) from dwelling where own_reference = ?", reference))
                .isOne();
    }

    @Test
    void everyDemoDwellingLiesInTheDistrictOfItsPostcode() {
        var rows =
                jdbc.queryForList("select d.postcode, g.code from dwelling d join geo_unit g on g.id = d.district_id");
        assertThat(rows).hasSizeGreaterThan(100);
        for (var row : rows) {
            String postcode = (String) row.get("postcode");
            assertThat(geography.districtCodesOfPostcode(postcode)).as(postcode).contains((String) row.get("code"));
        }
    }

    @Test
    void theAreaOptionsFollowTheDistrict() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String options = ymere.get("/dwellings/areas?districtId="
                        + geography.findByCode("N").orElseThrow().id())
                .body();
        assertThat(options)
                .contains("Oud-Noord", "Noord-West")
                .doesNotContain("Osdorp")
                .doesNotContain("<html");
        assertThat(WebSession.loggedIn(port, "hvo")
                        .get("/dwellings/areas?districtId=1")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCorporationEditsItsVacancyAndTheHistoryShowsTheChange() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String reference = DwellingTestData.uniqueReference("EDIT");
        long id = DwellingForms.register(ymere, geography, reference);
        assertThat(ymere.get("/dwellings/" + id + "/edit").body()).contains("value=\"612,50\"");

        Map<String, String> fields = DwellingForms.fields(geography, reference);
        fields.put("rent", "640,25");
        HttpResponse<String> saved = ymere.postForm("/dwellings/" + id + "/edit", "/dwellings/" + id + "/edit", fields);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(ymere.get("/dwellings/" + id).body()).contains("€ 640,25", "Gewijzigd", "612.50", "640.25");
        assertThat(WebSession.loggedIn(port, "hvo")
                        .get("/dwellings/" + id + "/edit")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theSecondOfTwoEditorsGetsTheOthersValuesAndKeepsWhatTheyTyped() {
        WebSession first = WebSession.loggedIn(port, "ymere");
        WebSession second = WebSession.loggedIn(port, "ymere");
        String reference = DwellingTestData.uniqueReference("LOCK");
        long id = DwellingForms.register(first, geography, reference);
        String secondsForm = "/dwellings/" + id + "/edit";
        String secondsToken = second.csrfToken(secondsForm);

        Map<String, String> firstChange = DwellingForms.fields(geography, reference);
        firstChange.put("rent", "701,00");
        assertThat(first.postForm(secondsForm, secondsForm, firstChange).statusCode())
                .isEqualTo(302);

        Map<String, String> secondChange = DwellingForms.fields(geography, reference);
        secondChange.put("rent", "655,55");
        secondChange.put("note", "Mijn eigen toelichting");
        secondChange.put("_csrf", secondsToken);
        HttpResponse<String> conflict = second.postRaw(secondsForm, secondChange);

        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body())
                .contains("Iemand anders heeft deze woning intussen gewijzigd")
                .contains("€ 701,00")
                .contains("value=\"655,55\"", "Mijn eigen toelichting");
        assertThat(jdbc.queryForObject("select rent from dwelling where id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("701.00");

        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(conflict.body());
        assertThat(version.find()).isTrue();
        secondChange.put("version", version.group(1));
        HttpResponse<String> again = second.postForm(secondsForm, secondsForm, secondChange);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select rent from dwelling where id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("655.55");
    }

    @Test
    void anotherCorporationCannotReadEditOrWithdrawByUrl() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        WebSession rochdale = WebSession.loggedIn(port, "rochdale");
        String reference = DwellingTestData.uniqueReference("MINE");
        long id = DwellingForms.register(ymere, geography, reference);
        String before = snapshot(id);

        assertThat(rochdale.get("/dwellings/" + id).statusCode()).isEqualTo(404);
        assertThat(rochdale.get("/dwellings/" + id).body()).contains("Niet gevonden");
        assertThat(rochdale.get("/dwellings/" + id + "/edit").statusCode()).isEqualTo(404);
        assertThat(rochdale.get("/dwellings/" + id + "/withdraw").statusCode()).isEqualTo(404);
        Map<String, String> change = DwellingForms.fields(geography, reference);
        change.put("rent", "500,00");
        assertThat(rochdale.postForm("/dwellings/" + id + "/edit", "/dwellings/new", change)
                        .statusCode())
                .isEqualTo(404);
        assertThat(rochdale.postForm("/dwellings/" + id + "/withdraw", "/dwellings/new", Map.of("reason", "weg"))
                        .statusCode())
                .isEqualTo(404);

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(count("select count(*) from dwelling_change where dwelling_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void aCorporationWithdrawsItsVacancyWithAReason() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        long id = DwellingForms.register(ymere, geography, DwellingTestData.uniqueReference("WD"));
        String form = "/dwellings/" + id + "/withdraw";
        assertThat(ymere.get(form).statusCode()).isEqualTo(200);

        HttpResponse<String> noReason = ymere.postForm(form, form, Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Geef een reden voor het intrekken.");

        assertThat(ymere.postForm(form, form, Map.of("reason", "Woning wordt gerenoveerd"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(ymere.get("/dwellings/" + id).body())
                .contains("Ingetrokken", "Woning wordt gerenoveerd")
                .doesNotContain("/dwellings/" + id + "/edit");
        assertThat(ymere.get("/dwellings/" + id + "/edit").statusCode()).isEqualTo(409);
        assertThat(WebSession.loggedIn(port, "coordinator").get(form).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCoordinatorReadsAnyVacancyButCareProvidersNone() {
        Long id = jdbc.queryForObject(
                "select min(id) from dwelling where corporation_id = (select id from organisation where code = 'de-key')",
                Long.class);
        assertThat(WebSession.loggedIn(port, "coordinator")
                        .get("/dwellings/" + id)
                        .body())
                .contains("De Key");
        assertThat(WebSession.loggedIn(port, "hvo").get("/dwellings/" + id).statusCode())
                .isEqualTo(403);
    }

    private String snapshot(long id) {
        return jdbc.queryForMap("select rent, status, withdrawal_reason, version from dwelling where id = ?", id)
                .toString();
    }

    private Integer count(String sql, Object argument) {
        return jdbc.queryForObject(sql, Integer.class, argument);
    }
}
