package nl.matchpunt.dwellings;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts many dwellings with JDBC batches (the JPA identity generator would insert them one by one), each with
 * the first line of its history. Used by the CSV import and the demo data.
 */
@Component
class DwellingBatchWriter {

    private static final int BATCH_SIZE = 500;

    private static final String INSERT_DWELLING = """
            insert into dwelling (corporation_id, own_reference, street, house_number, house_number_addition,
                postcode, city, district_id, area_id, rent, rooms, living_area, floor, elevator, accessible,
                shared_entrance, available_from, note, status, withdrawal_reason, status_changed_at, created_at,
                version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private static final String INSERT_HISTORY = """
            insert into dwelling_change (dwelling_id, occurred_at, username, action)
            select id, ?, ?, ? from dwelling where corporation_id = ? and own_reference = ?""";

    private final JdbcTemplate jdbc;

    DwellingBatchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the rows (references must be new per corporation) and returns their ids in the same order. */
    List<Long> insert(List<NewDwellingRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        for (List<NewDwellingRow> batch : batches(rows)) {
            jdbc.batchUpdate(INSERT_DWELLING, batch, batch.size(), DwellingBatchWriter::bindDwelling);
            jdbc.batchUpdate(INSERT_HISTORY, batch, batch.size(), (statement, row) -> {
                statement.setObject(1, utc(row.createdAt()));
                statement.setString(2, row.username());
                statement.setString(3, row.action());
                statement.setLong(4, row.corporationId());
                statement.setString(5, row.data().ownReference());
            });
        }
        return idsOf(rows);
    }

    private List<Long> idsOf(List<NewDwellingRow> rows) {
        Map<String, Long> ids = new HashMap<>();
        Map<Long, List<String>> referencesByCorporation = rows.stream()
                .collect(Collectors.groupingBy(
                        NewDwellingRow::corporationId,
                        Collectors.mapping(row -> row.data().ownReference(), Collectors.toList())));
        referencesByCorporation.forEach((corporationId, references) -> {
            for (List<String> chunk : batches(references)) {
                String placeholders = String.join(",", Collections.nCopies(chunk.size(), "?"));
                List<Object> arguments = new ArrayList<>();
                arguments.add(corporationId);
                arguments.addAll(chunk);
                jdbc.query(
                        "select id, own_reference from dwelling where corporation_id = ? and own_reference in ("
                                + placeholders + ")",
                        result -> {
                            ids.put(corporationId + "/" + result.getString(2), result.getLong(1));
                        },
                        arguments.toArray());
            }
        });
        return rows.stream()
                .map(row -> Objects.requireNonNull(
                        ids.get(row.corporationId() + "/" + row.data().ownReference())))
                .toList();
    }

    private static void bindDwelling(PreparedStatement statement, NewDwellingRow row) throws SQLException {
        DwellingData data = row.data();
        statement.setLong(1, row.corporationId());
        statement.setString(2, data.ownReference());
        statement.setString(3, data.street());
        statement.setInt(4, Objects.requireNonNull(data.houseNumber()));
        setNullableString(statement, 5, data.houseNumberAddition());
        statement.setString(6, data.postcode());
        statement.setString(7, data.city());
        statement.setLong(8, Objects.requireNonNull(data.districtId()));
        statement.setLong(9, Objects.requireNonNull(data.areaId()));
        statement.setBigDecimal(10, data.rent());
        statement.setInt(11, Objects.requireNonNull(data.rooms()));
        statement.setInt(12, Objects.requireNonNull(data.livingArea()));
        statement.setInt(13, Objects.requireNonNull(data.floor()));
        statement.setBoolean(14, data.elevator());
        statement.setBoolean(15, data.accessible());
        statement.setBoolean(16, data.sharedEntrance());
        statement.setObject(17, data.availableFrom());
        setNullableString(statement, 18, data.note());
        statement.setString(19, row.status().name());
        setNullableString(statement, 20, row.withdrawalReason());
        statement.setObject(21, utc(row.statusChangedAt()));
        statement.setObject(22, utc(row.createdAt()));
    }

    private static void setNullableString(PreparedStatement statement, int index, @Nullable String value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < items.size(); start += BATCH_SIZE) {
            batches.add(items.subList(start, Math.min(items.size(), start + BATCH_SIZE)));
        }
        return batches;
    }
}
