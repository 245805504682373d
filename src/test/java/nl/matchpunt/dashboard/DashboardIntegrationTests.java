package nl.matchpunt.dashboard;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DashboardIntegrationTests {

    private static final Pattern PLACED = Pattern.compile("id=\"summary-placed\">(\\d+)<");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisations;

    private final int year = LocalDate.now(AMSTERDAM).getYear();

    @Test
    void theCoordinatorSeesTheWholeProgrammeWithChartsAndAForecast() {
        String html = ok(WebSession.loggedIn(port, "coordinator").get("/dashboard"));
        for (String table : List.of(
                "groups",
                "corporations",
                "districts",
                "promiseGroups",
                "promiseProviders",
                "pipeline",
                "vacancies",
                "proposals",
                "forecast",
                "spread")) {
            assertThat(DashboardPages.hasTable(html, table)).as(table).isTrue();
        }
        assertThat(html).contains("class=\"dashboard-chart\"", "data-series=", "/js/dashboard-charts-");
        assertThat(html).doesNotContain("<script>");
        // the long-waiting list has its own pages; the dashboard links to it
        assertThat(DashboardPages.hasTable(html, "waiting")).isFalse();
        assertThat(html).contains("id=\"waiting-link\" href=\"/dashboard/waiting?year=" + year + "\"");
        assertThat(ok(WebSession.loggedIn(port, "ymere").get("/dashboard"))).doesNotContain("waiting-link");
        assertThat(DashboardPages.htmlRows(html, "corporations").size()).isGreaterThan(1);
        // the suggestion form, unless a test has already applied the suggestion (then the plan follows the forecast)
        assertThat(html.contains("id=\"apply-suggestion\"") || html.contains("Het jaarplan volgt de prognose al"))
                .isTrue();
    }

    @Test
    void everyExportHoldsTheFiguresOfThePage() throws Exception {
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        Downloads downloads = Downloads.loggedIn(port, "coordinator");
        String query = "?year=" + year;
        String html = ok(coordinator.get("/dashboard" + query));
        for (String table : List.of("groups", "corporations", "promiseGroups", "forecast", "spread", "proposals")) {
            List<List<String>> page = DashboardPages.htmlRows(html, table);
            assertThat(page).as(table).isNotEmpty();

            HttpResponse<byte[]> csv = downloads.get("/dashboard/export/" + table + ".csv" + query);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            List<List<String>> csvRows = DashboardPages.csvRows(csv.body());
            assertThat(csvRows.subList(1, csvRows.size())).as(table + " csv").isEqualTo(page);

            HttpResponse<byte[]> xlsx = downloads.get("/dashboard/export/" + table + ".xlsx" + query);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            List<List<String>> sheet = DashboardPages.xlsxRows(xlsx.body());
            assertThat(sheet.get(0)).isEqualTo(csvRows.get(0));
            assertThat(sheet).hasSize(csvRows.size());
            for (int r = 1; r < sheet.size(); r++) {
                for (int c = 0; c < sheet.get(r).size(); c++) {
                    String cell = sheet.get(r).get(c);
                    String shown = page.get(r - 1).get(c);
                    assertThat(cell.equals(shown) || cell.replace('.', ',').equals(shown))
                            .as(table + " xlsx " + r + "," + c + ": " + cell + " vs " + shown)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void ymereSeesOnlyYmeresFiguresWhateverItAsksFor() throws Exception {
        long ymere = organisations.findByCode("ymere").orElseThrow().id();
        long rochdale = organisations.findByCode("rochdale").orElseThrow().id();
        WebSession session = WebSession.loggedIn(port, "ymere");
        for (String path : List.of("/dashboard?year=" + year, "/dashboard?year=" + year + "&corporation=" + rochdale)) {
            String html = ok(session.get(path));
            List<List<String>> corporations = DashboardPages.htmlRows(html, "corporations");
            assertThat(corporations).extracting(row -> row.get(0)).containsExactly("Ymere");
            assertThat(placed(html))
                    .isEqualTo(count(
                            "select count(*) from quota_placement where corporation_id = ? and counts_towards_quota "
                                    + "and agreed_on between ? and ?",
                            ymere));
            assertThat(DashboardPages.htmlRows(html, "proposals"))
                    .allSatisfy(row -> assertThat(row.get(2)).isEqualTo("Ymere"));
            assertThat(DashboardPages.htmlRows(html, "vacancies"))
                    .extracting(row -> row.get(0))
                    .containsOnly("Ymere");
            assertThat(DashboardPages.hasTable(html, "waiting")).isFalse();
            assertThat(DashboardPages.hasTable(html, "forecast")).isFalse();
        }
        Downloads downloads = Downloads.loggedIn(port, "ymere");
        HttpResponse<byte[]> csv =
                downloads.get("/dashboard/export/corporations.csv?year=" + year + "&corporation=" + rochdale);
        List<List<String>> rows = DashboardPages.csvRows(csv.body());
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0)).containsExactly("Ymere");
        assertThat(downloads.get("/dashboard/export/waiting.csv?year=" + year).statusCode())
                .isEqualTo(404);
    }

    @Test
    void hvoSeesOnlyItsOwnClientsFigures() throws Exception {
        long hvo = organisations.findByCode("hvo-querido").orElseThrow().id();
        long leger = organisations.findByCode("leger-des-heils").orElseThrow().id();
        String hvoName = organisations.get(hvo).name();
        WebSession session = WebSession.loggedIn(port, "hvo");
        String html = ok(session.get("/dashboard?year=" + year + "&careProvider=" + leger));
        assertThat(DashboardPages.htmlRows(html, "promiseProviders"))
                .extracting(row -> row.get(0))
                .containsExactly(hvoName);
        String waiting = ok(session.get("/dashboard/waiting?year=" + year + "&careProvider=" + leger));
        assertThat(DashboardPages.htmlRows(waiting, "waiting"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(2)).isEqualTo(hvoName));
        assertThat(DashboardPages.htmlRows(html, "proposals"))
                .allSatisfy(row -> assertThat(row.get(3)).isEqualTo(hvoName));
        assertThat(placed(html))
                .isEqualTo(count(
                        "select count(*) from quota_placement where care_provider_id = ? and counts_towards_quota "
                                + "and agreed_on between ? and ?",
                        hvo));
        assertThat(DashboardPages.hasTable(html, "vacancies")).isFalse();
        assertThat(DashboardPages.hasTable(html, "forecast")).isFalse();
        assertThat(html).doesNotContain("id=\"apply-suggestion\"");
    }

    @Test
    void theQuarterlyReportPrintsWithoutMenuOrFilters() {
        String html = ok(WebSession.loggedIn(port, "coordinator").get("/dashboard/report?year=" + year + "&quarter=2"));
        assertThat(html).contains("/css/dashboard-", "id=\"table-groups\"", "id=\"table-spread\"");
        assertThat(html).doesNotContain("/dashboard/export/");
        assertThat(WebSession.loggedIn(port, "admin").get("/dashboard").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theLongWaitingListPagesThroughEveryClientWaitingOverSixtyDaysLongestFirst() throws Exception {
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        long waiting = TestDatabase.single("select count(*) from client where status in ('ELIGIBLE', 'PROPOSED',"
                + " 'PARKED') and eligible_since <= current_date - 61");
        assertThat(waiting).as("the demo has long waiters").isGreaterThan(DashboardService.WAITING_PAGE);

        String first = ok(coordinator.get("/dashboard/waiting?year=" + year));
        String second = ok(coordinator.get("/dashboard/waiting?year=" + year + "&page=1"));

        assertThat(first).contains(waiting + " cliënten wachten nu langer dan 60 dagen.");
        List<List<String>> firstRows = DashboardPages.htmlRows(first, "waiting");
        List<List<String>> secondRows = DashboardPages.htmlRows(second, "waiting");
        assertThat(firstRows).hasSize(DashboardService.WAITING_PAGE);
        assertThat(secondRows).isNotEmpty().doesNotContainAnyElementsOf(firstRows);
        List<Integer> days = new java.util.ArrayList<>();
        for (List<String> row : firstRows) {
            days.add(Integer.parseInt(row.get(4).replace(".", "")));
        }
        days.add(Integer.parseInt(secondRows.get(0).get(4).replace(".", "")));
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(first).contains("href=\"/dashboard/waiting?year=" + year + "&amp;page=1\"");
        // a page past the end shows the last page rather than an empty list or an error
        assertThat(DashboardPages.htmlRows(
                        ok(coordinator.get("/dashboard/waiting?year=" + year + "&page=9999")), "waiting"))
                .isNotEmpty();
        // a corporation has no list of other organisations' waiting clients
        assertThat(WebSession.loggedIn(port, "ymere")
                        .get("/dashboard/waiting?year=" + year)
                        .statusCode())
                .isEqualTo(403);
    }

    private int placed(String html) {
        Matcher matcher = PLACED.matcher(html);
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private long count(String sql, long organisationId) throws Exception {
        LocalDate today = LocalDate.now(AMSTERDAM);
        try (Connection connection = TestDatabase.open();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, organisationId);
            statement.setObject(2, LocalDate.of(year, 1, 1));
            statement.setObject(3, today);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
