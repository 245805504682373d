package nl.matchpunt.dwellings.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading spreadsheets' CSV and Dutch amounts, dates and yes/no. */
class CsvFormatTests {

    @Test
    void readsDutchExcelWithBomSemicolonsQuotesAndEmptyLines() {
        String text =
                "\uFEFFreferentie;straat;huur\r\n\r\nA-1;\"Kinkerstraat; achter\";612,50\r\n;;\r\nA-2;\"Zeg \"\"hoi\"\"\";1.012,00";
        List<CsvText.Line> lines = CsvText.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(lines.get(0).cells()).containsExactly("referentie", "straat", "huur");
        assertThat(lines.stream().filter(line -> !line.blank()))
                .extracting(CsvText.Line::number)
                .containsExactly(1, 3, 5);
        assertThat(lines.get(2).cells()).containsExactly("A-1", "Kinkerstraat; achter", "612,50");
        assertThat(lines.get(4).cells()).containsExactly("A-2", "Zeg \"hoi\"", "1.012,00");
    }

    @Test
    void aCommaFileIsReadWithCommas() {
        List<CsvText.Line> lines = CsvText.read("a,b,c\n1,\"2,5\",3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(1).cells()).containsExactly("1", "2,5", "3");
    }

    @Test
    void aCommaFileWithABomAndCrlfIsReadWithCommas() {
        List<CsvText.Line> lines =
                CsvText.read("\uFEFFreferentie,straat,huur\r\nA-1,\"Kinkerstraat, achter\",\"612,50\"\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(0).cells()).containsExactly("referentie", "straat", "huur");
        assertThat(lines.get(1).cells()).containsExactly("A-1", "Kinkerstraat, achter", "612,50");
        assertThat(lines).extracting(CsvText.Line::number).containsExactly(1, 2);
    }

    @Test
    void aLineBreakInQuotesStaysInTheCellAndEachRecordKeepsTheLineItStartsOn() {
        String text = "referentie;toelichting\r\nA-1;\"twee\r\nregels\"\r\nA-2;\"drie\nkorte\nregels\"\nA-3;laatste";
        List<CsvText.Line> lines = CsvText.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(lines).extracting(CsvText.Line::number).containsExactly(1, 2, 4, 7);
        assertThat(lines.get(1).cells()).containsExactly("A-1", "twee\r\nregels");
        assertThat(lines.get(2).cells()).containsExactly("A-2", "drie\nkorte\nregels");
        assertThat(lines.get(3).cells()).containsExactly("A-3", "laatste");
    }

    @Test
    void strayQuotesAreReadAsTypedRatherThanRefused() {
        List<CsvText.Line> lines =
                CsvText.read("a;b;c\n12\" scherm;\"A\"-kwaliteit;\"open;einde".getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(1).cells()).containsExactly("12\" scherm", "A-kwaliteit", "open;einde");
    }

    @Test
    void writesWhatItReads() {
        String line = CsvText.write(List.of("A;1", "say \"hi\"", "plain"));
        assertThat(line).isEqualTo("\"A;1\";\"say \"\"hi\"\"\";plain\r\n");
        assertThat(CsvText.read(line.getBytes(StandardCharsets.UTF_8)).get(0).cells())
                .containsExactly("A;1", "say \"hi\"", "plain");
    }

    @Test
    void amountsTheDutchWayAndTheEnglishWay() {
        assertThat(DutchFormats.amount("612,50"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("612.50"));
        assertThat(DutchFormats.amount("€ 1.234,56"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234.56"));
        assertThat(DutchFormats.amount("612.50"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("612.50"));
        assertThat(DutchFormats.amount("1.234"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234"));
        assertThat(DutchFormats.amount("zeshonderd")).isEmpty();
        assertThat(DutchFormats.amount(new java.math.BigDecimal("612.5"))).isEqualTo("612,50");
    }

    @Test
    void datesAndYesNo() {
        assertThat(DutchFormats.date("01-12-2026")).contains(LocalDate.of(2026, 12, 1));
        assertThat(DutchFormats.date("1/12/2026")).contains(LocalDate.of(2026, 12, 1));
        assertThat(DutchFormats.date("2026-12-01")).contains(LocalDate.of(2026, 12, 1));
        assertThat(DutchFormats.date("31-02-2026")).isEmpty();
        assertThat(DutchFormats.date("morgen")).isEmpty();
        assertThat(DutchFormats.yesNo("Ja")).contains(true);
        assertThat(DutchFormats.yesNo("nee")).contains(false);
        assertThat(DutchFormats.yesNo("")).contains(false);
        assertThat(DutchFormats.yesNo("misschien")).isEmpty();
    }

    @Test
    void aCellThatCouldStartAFormulaIsWrittenInertAndReadBackAsTyped() {
        String line = CsvText.write(List.of("=cmd|' /C calc'!A0", "-2+3", "-5", "@SUM(1+1)"));
        assertThat(line).isEqualTo("\"'=cmd|' /C calc'!A0\";\"'-2+3\";-5;\"'@SUM(1+1)\"\r\n");
        assertThat(CsvText.read(line.getBytes(StandardCharsets.UTF_8)).get(0).cells())
                .containsExactly("=cmd|' /C calc'!A0", "-2+3", "-5", "@SUM(1+1)");
    }
}
