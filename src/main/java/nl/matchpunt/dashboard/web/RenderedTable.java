package nl.matchpunt.dashboard.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dashboard table with every cell as the reader sees it: the page, the CSV and the XLSX use this same text. */
record RenderedTable(String id, String title, List<String> headers, List<List<Cell>> rows) {

    /** A cell's text; numbers keep their value too, so that the XLSX holds them as numbers. */
    record Cell(String text, @Nullable Number number) {}
}
