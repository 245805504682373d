package nl.matchpunt.dwellings.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded CSV files waiting for confirmation after their preview, kept in the database instead of the HTTP session:
 * a preview costs no heap, survives on any instance, and is bounded. Each upload is named by a random id that
 * works only for the user and organisation that uploaded it; it expires after {@link #KEPT}; a user keeps at most
 * {@link #PER_USER} (an upload beyond that replaces the oldest), and all users together at most {@link #TOTAL_BYTES}
 * (beyond that an upload is refused until older ones expire or are used).
 */
@Component
public class ImportUploads {

    /** How long an upload waits for its confirmation. */
    public static final Duration KEPT = Duration.ofHours(1);

    /** Uploads kept per user: a few browser tabs. */
    public static final int PER_USER = 3;

    /** What all waiting uploads together may take: 40 files of the largest size allowed. */
    public static final long TOTAL_BYTES = 200L * 1024 * 1024;

    /** A waiting upload. */
    public record Upload(String id, String filename, byte[] content) {}

    private final JdbcTemplate jdbc;

    private final Clock clock;

    ImportUploads(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Keeps the file for its owner and returns its id, or nothing when the uploads waiting together already take
     * all the room there is.
     */
    @Transactional
    public Optional<String> keep(String username, long organisationId, String filename, byte[] content) {
        forgetExpired();
        List<String> older = jdbc.queryForList(
                "select id from dwelling_import_upload where username = ? and organisation_id = ?"
                        + " order by uploaded_at desc, id",
                String.class,
                username,
                organisationId);
        for (String id : older.subList(Math.min(older.size(), PER_USER - 1), older.size())) {
            jdbc.update("delete from dwelling_import_upload where id = ?", id);
        }
        Long waiting =
                jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from dwelling_import_upload", Long.class);
        if (waiting != null && waiting + content.length > TOTAL_BYTES) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into dwelling_import_upload"
                        + " (id, username, organisation_id, filename, content, size_bytes, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                id,
                username,
                organisationId,
                filename.length() > 255 ? filename.substring(0, 255) : filename,
                content,
                content.length,
                Timestamp.from(clock.instant()));
        return Optional.of(id);
    }

    /** The owner's upload with this id, if it has not expired; anyone else's id finds nothing. */
    public Optional<Upload> find(String id, String username, long organisationId) {
        return jdbc
                .query(
                        "select id, filename, content from dwelling_import_upload"
                                + " where id = ? and username = ? and organisation_id = ? and uploaded_at >= ?",
                        (row, n) -> new Upload(row.getString("id"), row.getString("filename"), row.getBytes("content")),
                        id,
                        username,
                        organisationId,
                        Timestamp.from(expiry()))
                .stream()
                .findFirst();
    }

    /** Takes the owner's upload away for good (it was imported); true when it was there. */
    public boolean remove(String id, String username, long organisationId) {
        return jdbc.update(
                        "delete from dwelling_import_upload where id = ? and username = ? and organisation_id = ?",
                        id,
                        username,
                        organisationId)
                == 1;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetExpired() {
        jdbc.update("delete from dwelling_import_upload where uploaded_at < ?", Timestamp.from(expiry()));
    }

    private Instant expiry() {
        return clock.instant().minus(KEPT);
    }
}
