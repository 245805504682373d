package nl.matchpunt.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the dashboard's tables from its HTML, its CSV and its XLSX, as rows of cell texts. */
final class DashboardPages {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);

    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    private DashboardPages() {}

    /** The body rows of the table with the given id; empty when the page has no such table. */
    static List<List<String>> htmlRows(String html, String tableId) {
        int start = html.indexOf("id=\"table-" + tableId + "\"");
        if (start < 0) {
            return List.of();
        }
        int body = html.indexOf("<tbody>", start);
        String tbody = html.substring(body, html.indexOf("</tbody>", body));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(tbody);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(unescape(cell.group(1).strip()));
            }
            if (!row.group(1).contains("colspan")) {
                rows.add(cells);
            }
        }
        return rows;
    }

    static boolean hasTable(String html, String tableId) {
        return html.contains("id=\"table-" + tableId + "\"");
    }

    static List<List<String>> csvRows(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            if (!line.isEmpty()) {
                rows.add(parseCsvLine(line));
            }
        }
        return rows;
    }

    private static List<String> parseCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Opens the workbook and returns the first sheet's rows; numbers as their text. */
    static List<List<String>> xlsxRows(byte[] body) throws Exception {
        byte[] sheet = null;
        boolean workbook = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = zip.readAllBytes();
                }
                workbook |= entry.getName().equals("xl/workbook.xml");
            }
        }
        if (sheet == null || !workbook) {
            throw new IOException("not a workbook");
        }
        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(sheet))
                .getDocumentElement();
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = root.getElementsByTagName("row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagName("c");
            List<String> values = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) {
                values.add(cells.item(c).getTextContent());
            }
            rows.add(values);
        }
        return rows;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
