package nl.matchpunt.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.matchpunt.dashboard.web.RenderedTable.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A dashboard table as Excel opens it: figures as numbers, text (a formula-like name too) as inert text. */
class ExportsTests {

    static final RenderedTable TABLE = new RenderedTable(
            "groups",
            "Doelgroepen: geplaatst/gepland [2026]",
            List.of("Doelgroep", "Geplaatst", "Achterstand", "Percentage"),
            List.of(
                    List.of(
                            new Cell("=HYPERLINK(\"https://evil.example\";\"Klik\")", null),
                            new Cell("12", 12),
                            new Cell("-3", -3L),
                            new Cell("37,5", 37.5)),
                    List.of(
                            new Cell("Dak- en thuislozen; jong", null),
                            new Cell("", null),
                            new Cell("0", 0),
                            new Cell("12,0", 12.0))));

    @Test
    void theCsvIsDutchExcelsWithFiguresAsTheyAreAndTextInert() {
        String csv = new String(Exports.csv(TABLE), StandardCharsets.UTF_8);

        assertThat(csv)
                .isEqualTo("\uFEFFDoelgroep;Geplaatst;Achterstand;Percentage\r\n"
                        + "\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"Klik\"\")\";12;-3;37,5\r\n"
                        + "\"Dak- en thuislozen; jong\";;0;12,0\r\n");
    }

    @Test
    void theWorkbookHoldsNumbersAsNumbersAndTextInert() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Exports.xlsx(TABLE)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Doelgroepen  geplaatst gepland ");
            assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31);

            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Doelgroep");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"https://evil.example\";\"Klik\")");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(12.0);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(37.5);

            // shown as on the page: whole figures as they are, a decimal one with one decimal
            DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
            Row second = sheet.getRow(2);
            assertThat(List.of(second.getCell(0), second.getCell(1), second.getCell(2), second.getCell(3)))
                    .extracting(shown::formatCellValue)
                    .containsExactly("Dak- en thuislozen; jong", "", "0", "12.0");
            assertThat(shown.formatCellValue(first.getCell(1))).isEqualTo("12");
        }
    }
}
