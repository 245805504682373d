package nl.matchpunt.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.matchpunt.dashboard.web.RenderedTable.Cell;
import nl.matchpunt.shared.SpreadsheetText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two export formats of a dashboard table. CSV (Apache Commons CSV): UTF-8 with a byte-order mark, semicolons
 * between fields (what Dutch Excel expects), the texts as on the page. XLSX (Apache POI): one sheet, numbers as
 * numeric cells (a decimal one with one decimal, as on the page). Every text cell of both goes through
 * {@link SpreadsheetText}, so that no text starts a formula.
 */
final class Exports {

    private Exports() {}

    static byte[] csv(RenderedTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(SpreadsheetText.csvLine(table.headers()));
        for (List<Cell> row : table.rows()) {
            // a number stays a number (a negative figure too); every text cell is neutralised
            out.append(SpreadsheetText.csvLine(
                    row.stream().map(Cell::text).toList(), c -> row.get(c).number() != null));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(RenderedTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            CellStyle oneDecimal = workbook.createCellStyle();
            oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                header.createCell(c)
                        .setCellValue(SpreadsheetText.neutralise(table.headers().get(c)));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Cell> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = cells.get(c);
                    org.apache.poi.ss.usermodel.Cell target = row.createCell(c);
                    Number number = cell.number();
                    if (number == null) {
                        target.setCellValue(SpreadsheetText.neutralise(cell.text()));
                    } else {
                        target.setCellValue(number.doubleValue());
                        if (number instanceof Double) {
                            target.setCellStyle(oneDecimal);
                        }
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
