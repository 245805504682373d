package nl.matchpunt.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.matchpunt.dashboard.web.RenderedTable.Cell;
import nl.matchpunt.shared.SpreadsheetText;

/**
 * The two export formats of a dashboard table. CSV: UTF-8 with a byte-order mark, semicolons between fields (what
 * Dutch Excel expects), the texts as on the page. XLSX: a minimal Office Open XML workbook written by hand (one
 * sheet, inline strings, numbers as numbers) — no library needed for one plain table. Every text cell of both
 * goes through {@link SpreadsheetText}, so that no text starts a formula.
 */
final class Exports {

    private Exports() {}

    static byte[] csv(RenderedTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(SpreadsheetText.csvLine(table.headers()));
        for (List<Cell> row : table.rows()) {
            List<String> fields = new ArrayList<>(row.size());
            for (Cell cell : row) {
                // a number stays a number (a negative figure too); every text cell is neutralised
                fields.add(cell.number() != null ? cell.text() : SpreadsheetText.csvField(cell.text(), ';'));
            }
            out.append(String.join(";", fields)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(RenderedTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                            + "</Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            entry(
                    zip,
                    "xl/workbook.xml",
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"" + escape(sheetName(table.title()))
                            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + "</Relationships>");
            StringBuilder sheet = new StringBuilder(
                    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            sheet.append("<row r=\"1\">");
            for (String header : table.headers()) {
                text(sheet, header);
            }
            sheet.append("</row>");
            int r = 2;
            for (List<Cell> row : table.rows()) {
                sheet.append("<row r=\"").append(r++).append("\">");
                for (Cell cell : row) {
                    if (cell.number() != null) {
                        sheet.append("<c><v>").append(cell.number()).append("</v></c>");
                    } else {
                        text(sheet, cell.text());
                    }
                }
                sheet.append("</row>");
            }
            sheet.append("</sheetData></worksheet>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void text(StringBuilder sheet, String text) {
        sheet.append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                .append(escape(SpreadsheetText.neutralise(text)))
                .append("</t></is></c>");
    }

    private static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml)
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
