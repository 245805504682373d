package nl.matchpunt.dwellings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDates;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** CSV upload, preview and import as a corporation user does it, with good, bad and mixed files. */
@IntegrationTest
class DwellingImportIntegrationTests {

    private static final String HEADER = "referentie;straat;huisnummer;toevoeging;postcode;plaats;stadsdeel;gebied;"
            + "huur;kamers;woonoppervlakte;verdieping;lift;rolstoeltoegankelijk;portiek;beschikbaar_per;toelichting";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void aDutchExcelExportWithBomSemicolonsDecimalCommasAndEmptyLinesImportsEveryLine() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String batch = batch("XL");
        String file = "\uFEFF" + HEADER + "\r\n"
                + batch
                + "-1;Kinkerstraat;12;;1053 DX;Amsterdam;West;Oud-West, De Baarsjes;612,50;2;48;1;nee;nee;ja;"
                + TestDates.soonDutch() + ";\r\n"
                + "\r\n"
                + batch
                + "-2;Javastraat;3;H;1094hb;Amsterdam;Oost;Indische Buurt, Oostelijk Havengebied;\"€ 701,15\";3;66;0;nee;ja;nee;"
                + TestDates.soonDutch() + ";\"Tuin; zuid\"\r\n"
                + ";;;;;;;;;;;;;;;;\r\n"
                + batch + "-3;Meer en Vaart;200;5;1068 ZZ;Amsterdam;F;GF09;455;1;30;5;ja;nee;nee;" + TestDates.soonIso()
                + ";\r\n";

        HttpResponse<String> preview =
                ymere.upload("/dwellings/import", "export.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("3 regels gelezen: 3 goed, 0 met fouten.", "3 goede regels importeren");
        assertThat(countBatch(batch)).isZero();

        HttpResponse<String> confirmed = confirm(ymere, preview);
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(ymere.get("/dwellings").body()).contains("3 woningen geïmporteerd, 0 regels overgeslagen.");
        assertThat(jdbc.queryForList(
                        "select rent from dwelling where own_reference like ? order by own_reference",
                        java.math.BigDecimal.class,
                        batch + "%"))
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(
                        new java.math.BigDecimal("612.50"),
                        new java.math.BigDecimal("701.15"),
                        new java.math.BigDecimal("455.00"));
        assertThat(jdbc.queryForObject(
                        "select postcode || '|' || note from dwelling where own_reference = ?",
                        String.class,
                        batch + "-2"))
                .isEqualTo("1094 HB|Tuin; zuid");
        assertThat(jdbc.queryForObject(
                        "select count(*) from dwelling_change c join dwelling d on d.id = c.dwelling_id "
                                + "where d.own_reference like ? and c.action = 'IMPORTED' and c.username = 'ymere'",
                        Integer.class,
                        batch + "%"))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record a join dwelling d on a.subject_id = cast(d.id as varchar(60)) "
                                + "where a.subject_type = 'DWELLING' and a.action = 'CREATE' and d.own_reference like ?",
                        Integer.class,
                        batch + "%"))
                .isEqualTo(3);
    }

    @Test
    void aCommaSeparatedFileWithoutBomImportsToo() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String batch = batch("CO");
        String file = HEADER.replace(';', ',') + "\n" + batch
                + "-1,Van der Pekstraat,8,,1031 CN,Amsterdam,Noord,Oud-Noord,598.20,2,51,2,no,no,yes,"
                + TestDates.soonIso() + ",\n";

        HttpResponse<String> preview =
                ymere.upload("/dwellings/import", "systeem.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.body()).contains("1 regel gelezen: 1 goed, 0 met fouten.");
        confirm(ymere, preview);
        assertThat(countBatch(batch)).isEqualTo(1);
    }

    @Test
    void aBadFileShowsEveryProblemWithLineColumnAndDutchMessageAndImportsNothing() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String batch = batch("BAD");
        String file = HEADER + "\n"
                + batch
                + "-1;Kinkerstraat;twaalf;;1053DX;Amsterdam;West;Osdorp;zeshonderd;2;48;1;nee;nee;ja;31-02-2026;\n"
                + batch + "-2;;12;;10533 DX;Amsterdam;Atlantis;Oud-West;950,00;11;48;99;misschien;nee;ja;"
                + TestDates.soonDutch() + ";\n";

        HttpResponse<String> preview =
                ymere.upload("/dwellings/import", "fout.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.body())
                .contains("2 regels gelezen: 0 goed, 2 met fouten.")
                .contains("Geen enkele regel is goed; er valt niets te importeren.")
                .doesNotContain("goede regels importeren");
        assertThat(rowErrors(preview.body()))
                .contains(
                        "2|huisnummer|Geen geheel getal: “twaalf”.",
                        "2|huur|Geen bedrag: “zeshonderd” (bijvoorbeeld 612,50).",
                        "2|beschikbaar_per|Geen datum: “31-02-2026” (gebruik dd-mm-jjjj).",
                        "2|gebied|Dit gebied ligt niet in het gekozen stadsdeel.",
                        "3|straat|Vul de straat in.",
                        "3|postcode|Vul een postcode in als 1234 AB.",
                        "3|stadsdeel|Onbekend stadsdeel: “Atlantis”.",
                        "3|kamers|Het aantal kamers ligt tussen 1 en 10.",
                        "3|verdieping|De verdieping ligt tussen -1 en 40.",
                        "3|lift|Vul ja of nee in, niet “misschien”.");
        assertThat(countBatch(batch)).isZero();
    }

    @Test
    void vacancyDatesOutsideTheSensibleRangeAreRowErrorsNamingRowAndField() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        LocalDate today = LocalDate.now(clock);
        String batch = batch("DATE");
        String file = HEADER + "\n"
                + batch + "-1;Kinkerstraat;12;;1053 DX;Amsterdam;West;Oud-West, De Baarsjes;612,50;2;48;1;nee;nee;ja;"
                + "01-06-2099;\n"
                + batch + "-2;Kinkerstraat;14;;1053 DX;Amsterdam;West;Oud-West, De Baarsjes;612,50;2;48;1;nee;nee;ja;"
                + "01-01-1900;\n"
                + batch + "-3;Kinkerstraat;16;;1053 DX;Amsterdam;West;Oud-West, De Baarsjes;612,50;2;48;1;nee;nee;ja;"
                + DAY.format(today) + ";\n";

        HttpResponse<String> preview =
                ymere.upload("/dwellings/import", "datums.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.body()).contains("3 regels gelezen: 1 goed, 2 met fouten.");
        assertThat(rowErrors(preview.body()))
                .contains(
                        "2|beschikbaar_per|Beschikbaar per ligt te ver in de toekomst: vul een datum in tot en met "
                                + DAY.format(today.plusYears(1)) + ".",
                        "3|beschikbaar_per|Beschikbaar per ligt te ver in het verleden: vul een datum in vanaf 01-01-"
                                + (today.getYear() - 1) + ".");
        assertThat(confirm(ymere, preview).statusCode()).isEqualTo(302);
        assertThat(countBatch(batch)).isOne();
    }

    @Test
    void aPostcodeOutsideTheProgrammeOrItsDistrictIsARowError() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String batch = batch("PC");
        String file = HEADER + "\n"
                + batch + "-1;Grote Markt;2;;2011 RD;Haarlem;West;Oud-West, De Baarsjes;612,50;2;48;1;nee;nee;ja;"
                + DAY.format(LocalDate.now(clock)) + ";\n"
                + batch + "-2;Javastraat;3;;1094 HB;Amsterdam;West;Oud-West, De Baarsjes;612,50;2;48;1;nee;nee;ja;"
                + DAY.format(LocalDate.now(clock)) + ";\n";

        HttpResponse<String> preview =
                ymere.upload("/dwellings/import", "postcodes.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.body()).contains("2 regels gelezen: 0 goed, 2 met fouten.");
        assertThat(rowErrors(preview.body()))
                .contains(
                        "2|postcode|Postcode 2011 RD ligt buiten het werkgebied van het programma (Amsterdam en"
                                + " Weesp): controleer de postcode.",
                        "3|stadsdeel|Postcode 1094 HB hoort bij stadsdeel Oost: kies dat stadsdeel of controleer de"
                                + " postcode.");
    }

    @Test
    void aMixedFileImportsOnlyTheValidLinesNeverTwiceAndOffersTheFailedLines() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String batch = batch("MIX");
        String existing = jdbc.queryForObject(
                "select min(own_reference) from dwelling where corporation_id = (select id from organisation where code = 'ymere')",
                String.class);
        String file = HEADER + "\n"
                + line(batch + "-1", "612,50")
                + line(batch + "-2", "0")
                + line(batch + "-1", "640,00")
                + line(existing, "612,50")
                + line(batch + "-3", "700,00");

        HttpResponse<String> preview =
                ymere.upload("/dwellings/import", "gemengd.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.body()).contains("5 regels gelezen: 2 goed, 3 met fouten.", "2 goede regels importeren");
        assertThat(rowErrors(preview.body()))
                .contains(
                        "3|huur|De huur moet groter zijn dan nul.",
                        "4|referentie|Deze referentie staat al op regel 2 van dit bestand.",
                        "5|referentie|Deze referentie bestaat al bij uw corporatie; deze woning is al aangemeld.");

        HttpResponse<String> failed = ymere.get("/dwellings/import/failed.csv");
        assertThat(failed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(failed.body())
                .startsWith("\uFEFF" + HEADER + ";fouten")
                .contains(batch + "-2;", "De huur moet groter zijn dan nul.", existing + ";")
                .doesNotContain(batch + "-3;");

        String token = token(preview.body());
        confirm(ymere, preview);
        assertThat(ymere.get("/dwellings").body()).contains("2 woningen geïmporteerd, 3 regels overgeslagen.");
        assertThat(countBatch(batch)).isEqualTo(2);

        HttpResponse<String> replay =
                ymere.postForm("/dwellings/import/confirm", "/dwellings/import", Map.of("token", token));
        assertThat(replay.headers().firstValue("Location").orElseThrow()).endsWith("/dwellings/import");
        HttpResponse<String> again =
                ymere.upload("/dwellings/import", "gemengd.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(again.body()).contains("5 regels gelezen: 0 goed, 5 met fouten.");
        assertThat(countBatch(batch)).isEqualTo(2);
    }

    @Test
    void twoThousandLinesImportInSeconds() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String batch = batch("BIG");
        StringBuilder file = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int i = 0; i < 2000; i++) {
            file.append(line(batch + "-" + i, (450 + i % 400) + ",25"));
        }
        long start = System.nanoTime();
        HttpResponse<String> preview =
                ymere.upload("/dwellings/import", "groot.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        long previewed = System.nanoTime();
        assertThat(preview.body())
                .contains("2.000 regels gelezen: 2.000 goed, 0 met fouten.", "En nog 1.900 goede regels.");
        HttpResponse<String> confirmed = confirm(ymere, preview);
        long imported = System.nanoTime();

        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(countBatch(batch)).isEqualTo(2000);
        double previewSeconds = (previewed - start) / 1e9;
        double importSeconds = (imported - previewed) / 1e9;
        System.out.printf("CSV import of 2000 lines: preview %.2f s, import %.2f s%n", previewSeconds, importSeconds);
        assertThat(previewSeconds + importSeconds).isLessThan(20);
    }

    @Test
    void theTemplateIsDownloadableAndOnlyCorporationsMayImport() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        HttpResponse<String> template = ymere.get("/dwellings/import/template.csv");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        assertThat(template.body()).startsWith("\uFEFF" + HEADER + "\r\n").contains("612,50");
        assertThat(ymere.get("/dwellings/import").body()).contains("Woningen importeren", "CSV-bestand");

        assertThat(WebSession.loggedIn(port, "coordinator")
                        .get("/dwellings/import")
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "hvo")
                        .get("/dwellings/import/template.csv")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        HttpResponse<String> preview = ymere.upload(
                "/dwellings/import", "raar.csv", "naam;adres\nPiet;Dam 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("De kopregel mist de kolom(men): referentie, straat, huisnummer");
    }

    private static String line(String reference, String rent) {
        return reference + ";Bos en Lommerweg;12;;1055 DT;Amsterdam;West;Bos en Lommer;" + rent + ";2;54;2;nee;nee;ja;"
                + TestDates.soonDutch() + ";\n";
    }

    private static String batch(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    private int countBatch(String batch) {
        Integer count = jdbc.queryForObject(
                "select count(*) from dwelling where own_reference like ?", Integer.class, batch + "%");
        return count == null ? 0 : count;
    }

    /** The error table of the preview as "line|column|message". */
    private static List<String> rowErrors(String html) {
        Matcher matcher = Pattern.compile("<td class=\"number\">(\\d+)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>")
                .matcher(html);
        List<String> errors = new ArrayList<>();
        while (matcher.find()) {
            errors.add(matcher.group(1) + "|" + matcher.group(2) + "|" + unescape(matcher.group(3)));
        }
        return errors;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String token(String html) {
        Matcher matcher = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> confirm(WebSession session, HttpResponse<String> preview) {
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(preview.body());
        assertThat(csrf.find()).isTrue();
        return session.postRaw(
                "/dwellings/import/confirm", Map.of("token", token(preview.body()), "_csrf", csrf.group(1)));
    }
}
