package nl.matchpunt.dwellings.importing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.matchpunt.dwellings.DwellingData;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.dwellings.FieldViolation;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The CSV format of vacancies: the template, the preview of an upload (each line valid or with its problems per
 * column, in the user's language) and the file of failed lines to fix. The columns have Dutch names; districts
 * and areas may be given by name ({@code Nieuw-West}, {@code Osdorp}) or code ({@code F}, {@code GF09}).
 */
@Component
public class DwellingCsv {

    /** The columns, in template order, with the {@link DwellingData} field each fills. */
    enum Column {
        REFERENCE("referentie", "ownReference", true),
        STREET("straat", "street", true),
        NUMBER("huisnummer", "houseNumber", true),
        ADDITION("toevoeging", "houseNumberAddition", false),
        POSTCODE("postcode", "postcode", true),
        CITY("plaats", "city", true),
        DISTRICT("stadsdeel", "districtId", true),
        AREA("gebied", "areaId", true),
        RENT("huur", "rent", true),
        ROOMS("kamers", "rooms", true),
        LIVING_AREA("woonoppervlakte", "livingArea", true),
        FLOOR("verdieping", "floor", true),
        ELEVATOR("lift", "elevator", false),
        ACCESSIBLE("rolstoeltoegankelijk", "accessible", false),
        SHARED_ENTRANCE("portiek", "sharedEntrance", false),
        AVAILABLE_FROM("beschikbaar_per", "availableFrom", true),
        NOTE("toelichting", "note", false);

        final String header;

        final String field;

        final boolean required;

        Column(String header, String field, boolean required) {
            this.header = header;
            this.field = field;
            this.required = required;
        }
    }

    public static final int MAX_ROWS = 5000;

    private static final String ERRORS_HEADER = "fouten";

    private final DwellingService dwellings;

    private final GeographyService geography;

    private final MessageSource messages;

    DwellingCsv(DwellingService dwellings, GeographyService geography, MessageSource messages) {
        this.dwellings = dwellings;
        this.geography = geography;
        this.messages = messages;
    }

    /** A template with the header and one example line, UTF-8 with a byte-order mark so that Excel reads it. */
    public byte[] template() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvText.write(headers()));
        csv.append(CsvText.write(List.of(
                "VHE-10234",
                "Bos en Lommerweg",
                "112",
                "2",
                "1055 DT",
                "Amsterdam",
                "West",
                "Bos en Lommer",
                "612,50",
                "2",
                "54",
                "2",
                "nee",
                "nee",
                "ja",
                "01-12-2026",
                "Rustig portiek, dichtbij winkels")));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Checks every line of an upload for the current user's corporation; imports nothing. */
    public ImportPreview preview(byte[] content) {
        List<CsvText.Line> lines =
                CsvText.read(content).stream().filter(line -> !line.blank()).toList();
        if (lines.isEmpty()) {
            return new ImportPreview(List.of(), List.of(message("dwellings.import.unreadable", "leeg bestand")));
        }
        Map<Column, Integer> positions = positions(lines.get(0).cells());
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !positions.containsKey(column)) {
                missing.add(column.header);
            }
        }
        if (!missing.isEmpty()) {
            return new ImportPreview(
                    List.of(), List.of(message("dwellings.import.error.header", String.join(", ", missing))));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            return new ImportPreview(List.of(), List.of(message("dwellings.import.tooManyRows", MAX_ROWS)));
        }
        Regions regions = new Regions();
        List<ParsedLine> parsed = new ArrayList<>();
        for (CsvText.Line line : lines.subList(1, lines.size())) {
            parsed.add(parse(line, positions, lines.get(0).cells().size(), regions));
        }
        List<List<FieldViolation>> violations =
                dwellings.validateAll(parsed.stream().map(ParsedLine::data).toList());
        Set<String> existing = dwellings.existingReferences(
                parsed.stream().map(line -> line.data().ownReference().strip()).toList());
        Map<String, Integer> firstLineOfReference = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            ParsedLine line = parsed.get(i);
            Map<String, String> errors = new LinkedHashMap<>(line.errors());
            for (FieldViolation violation : violations.get(i)) {
                errors.putIfAbsent(violation.field(), violation.message());
            }
            String reference = line.data().ownReference().strip();
            if (!reference.isEmpty()) {
                Integer earlier = firstLineOfReference.putIfAbsent(reference, line.number());
                if (earlier != null) {
                    errors.putIfAbsent(
                            "ownReference", message("dwellings.import.error.duplicateInFile", String.valueOf(earlier)));
                } else if (existing.contains(reference)) {
                    errors.putIfAbsent("ownReference", message("dwellings.import.error.alreadyImported"));
                }
            }
            List<ImportRow.RowError> rowErrors = new ArrayList<>();
            errors.forEach((field, text) -> rowErrors.add(new ImportRow.RowError(columnOf(field), text)));
            rows.add(new ImportRow(line.number(), line.cells(), rowErrors.isEmpty() ? line.data() : null, rowErrors));
        }
        return new ImportPreview(rows, List.of());
    }

    /** The failed lines as typed, with an extra column naming their problems, to fix and upload again. */
    public byte[] failedRows(ImportPreview preview, List<String> header) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> headerWithErrors = new ArrayList<>(header);
        headerWithErrors.add(ERRORS_HEADER);
        csv.append(CsvText.write(headerWithErrors));
        for (ImportRow row : preview.failedRows()) {
            List<String> cells = new ArrayList<>(row.cells());
            while (cells.size() < header.size()) {
                cells.add("");
            }
            List<String> problems = row.errors().stream()
                    .map(error -> message("dwellings.import.row") + " " + row.lineNumber() + ", " + error.column()
                            + ": " + error.message())
                    .toList();
            cells.add(String.join(" | ", problems));
            csv.append(CsvText.write(cells));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The header line of an upload (for the file of failed lines). */
    public List<String> header(byte[] content) {
        return CsvText.read(content).stream()
                .filter(line -> !line.blank())
                .findFirst()
                .map(CsvText.Line::cells)
                .orElse(headers());
    }

    public static List<String> headers() {
        return java.util.Arrays.stream(Column.values())
                .map(column -> column.header)
                .toList();
    }

    // ---------------------------------------------------------------- parsing one line

    private record ParsedLine(int number, List<String> cells, DwellingData data, Map<String, String> errors) {}

    private ParsedLine parse(CsvText.Line line, Map<Column, Integer> positions, int width, Regions regions) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> cells = line.cells();
        long extra = cells.size() <= width
                ? 0
                : cells.subList(width, cells.size()).stream()
                        .filter(cell -> !cell.isBlank())
                        .count();
        if (extra > 0) {
            errors.put("", message("dwellings.import.error.columns", cells.size(), width));
        }
        Function<Column, String> cell = column -> {
            Integer position = positions.get(column);
            return position == null || position >= cells.size()
                    ? ""
                    : cells.get(position).strip();
        };
        Integer houseNumber = number(cell, Column.NUMBER, errors);
        Long districtId = region(cell, Column.DISTRICT, regions.districts, "dwellings.import.error.district", errors);
        Long areaId = region(cell, Column.AREA, regions.areas, "dwellings.import.error.area", errors);
        BigDecimal rent = parsed(cell, Column.RENT, DutchFormats::amount, "dwellings.import.error.amount", errors);
        Integer rooms = number(cell, Column.ROOMS, errors);
        Integer livingArea = number(cell, Column.LIVING_AREA, errors);
        Integer floor = number(cell, Column.FLOOR, errors);
        Boolean elevator = parsed(cell, Column.ELEVATOR, DutchFormats::yesNo, "dwellings.import.error.yesNo", errors);
        Boolean accessible =
                parsed(cell, Column.ACCESSIBLE, DutchFormats::yesNo, "dwellings.import.error.yesNo", errors);
        Boolean sharedEntrance =
                parsed(cell, Column.SHARED_ENTRANCE, DutchFormats::yesNo, "dwellings.import.error.yesNo", errors);
        LocalDate availableFrom =
                parsed(cell, Column.AVAILABLE_FROM, DutchFormats::date, "dwellings.import.error.date", errors);
        DwellingData data = new DwellingData(
                cell.apply(Column.REFERENCE),
                cell.apply(Column.STREET),
                houseNumber,
                cell.apply(Column.ADDITION),
                cell.apply(Column.POSTCODE),
                cell.apply(Column.CITY),
                districtId,
                areaId,
                rent,
                rooms,
                livingArea,
                floor,
                Boolean.TRUE.equals(elevator),
                Boolean.TRUE.equals(accessible),
                Boolean.TRUE.equals(sharedEntrance),
                availableFrom,
                cell.apply(Column.NOTE));
        return new ParsedLine(line.number(), cells, data.normalised(), errors);
    }

    private @Nullable Integer number(Function<Column, String> cell, Column column, Map<String, String> errors) {
        return parsed(
                cell,
                column,
                text -> text.matches("-?[0-9]{1,9}") ? Optional.of(Integer.valueOf(text)) : Optional.empty(),
                "dwellings.import.error.number",
                errors);
    }

    /** The parsed value of a cell; null (and an error) when it cannot be read; null without error when empty. */
    private <T> @Nullable T parsed(
            Function<Column, String> cell,
            Column column,
            Function<String, Optional<T>> parser,
            String errorKey,
            Map<String, String> errors) {
        String text = cell.apply(column);
        if (text.isEmpty() && column.required) {
            return null;
        }
        Optional<T> value = parser.apply(text);
        if (value.isEmpty()) {
            errors.put(column.field, message(errorKey, text));
            return null;
        }
        return value.get();
    }

    private @Nullable Long region(
            Function<Column, String> cell,
            Column column,
            Map<String, Long> index,
            String errorKey,
            Map<String, String> errors) {
        String text = cell.apply(column);
        if (text.isEmpty()) {
            return null;
        }
        Long id = index.get(key(text));
        if (id == null) {
            errors.put(column.field, message(errorKey, text));
        }
        return id;
    }

    private static Map<Column, Integer> positions(List<String> header) {
        Map<Column, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = key(header.get(i));
            for (Column column : Column.values()) {
                if (key(column.header).equals(name) || key(column.field).equals(name)) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        return positions;
    }

    private static String columnOf(String field) {
        for (Column column : Column.values()) {
            if (column.field.equals(field)) {
                return column.header;
            }
        }
        return field.isEmpty() ? "-" : field;
    }

    /** Lower case without spaces, dashes, underscores or accents: {@code Beschikbaar per} = {@code beschikbaar_per}. */
    private static String key(String text) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** Districts and areas by name and code. */
    private final class Regions {

        final Map<String, Long> districts = new HashMap<>();

        final Map<String, Long> areas = new HashMap<>();

        Regions() {
            for (Region district : geography.districts()) {
                districts.put(key(district.name()), district.id());
                districts.put(key(district.code()), district.id());
            }
            for (Region area : geography.areas()) {
                areas.put(key(area.name()), area.id());
                areas.put(key(area.code()), area.id());
            }
        }
    }
}
