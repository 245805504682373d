package nl.matchpunt.dwellings.importing;

import java.util.List;
import nl.matchpunt.dwellings.DwellingData;

/** What an upload would import: every non-empty line, valid or with its problems; or problems with the file. */
public record ImportPreview(List<ImportRow> rows, List<String> fileErrors) {

    public List<ImportRow> validRows() {
        return rows.stream().filter(ImportRow::valid).toList();
    }

    public List<ImportRow> failedRows() {
        return rows.stream().filter(row -> !row.valid()).toList();
    }

    public List<DwellingData> validData() {
        return validRows().stream()
                .map(row -> java.util.Objects.requireNonNull(row.data()))
                .toList();
    }

    public boolean readable() {
        return fileErrors.isEmpty();
    }
}
