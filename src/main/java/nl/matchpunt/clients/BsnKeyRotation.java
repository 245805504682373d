package nl.matchpunt.clients;

import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.clients.internal.BsnProtector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-encrypts every stored BSN with the current encryption key and recomputes every blind index with the current
 * index key: after it, the old encryption keys can be removed from the configuration. Run by the command
 * {@code java -jar matchpunt.jar rotate-bsn-key} with the new keys configured (the old ones as old keys).
 *
 * <p>Each client is one compare-and-set update (on the stored ciphertext, with its version raised so that an edit
 * open in a browser at that moment fails with the usual conflict message instead of writing the old value back), so
 * the rotation can be stopped and run again at any moment; clients already in the current form are left alone.
 * Works on the rows the connection sees: outside a web request that is every client.
 */
@Component
public class BsnKeyRotation {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    private final BsnProtector protector;

    public BsnKeyRotation(JdbcTemplate jdbc, BsnProtector protector) {
        this.jdbc = jdbc;
        this.protector = protector;
    }

    /** What a rotation did. */
    public record Result(int clients, int reencrypted, int reindexed) {}

    private record Stored(long id, String encrypted, String index) {}

    public Result rotate() {
        int clients = 0;
        int reencrypted = 0;
        int reindexed = 0;
        long after = 0;
        while (true) {
            List<Stored> batch = jdbc.query(
                    "select id, bsn_encrypted, bsn_index from client where bsn_encrypted is not null and id > ? "
                            + "order by id limit " + BATCH,
                    (rs, row) -> new Stored(rs.getLong(1), rs.getString(2), String.valueOf(rs.getString(3))),
                    after);
            if (batch.isEmpty()) {
                return new Result(clients, reencrypted, reindexed);
            }
            List<Object[]> updates = new ArrayList<>();
            List<boolean[]> changes = new ArrayList<>();
            for (Stored stored : batch) {
                clients++;
                after = stored.id();
                String bsn = protector.decrypt(stored.encrypted());
                boolean current = protector.isCurrent(stored.encrypted());
                String index = protector.blindIndex(bsn);
                boolean sameIndex = index.equals(stored.index());
                if (!current || !sameIndex) {
                    String encrypted = current ? stored.encrypted() : protector.encrypt(bsn);
                    updates.add(new Object[] {encrypted, index, stored.id(), stored.encrypted()});
                    changes.add(new boolean[] {!current, !sameIndex});
                }
            }
            int[] updated = jdbc.batchUpdate(
                    "update client set bsn_encrypted = ?, bsn_index = ?, version = version + 1 "
                            + "where id = ? and bsn_encrypted = ?",
                    updates);
            for (int i = 0; i < updated.length; i++) {
                // 0: changed meanwhile by the application, which wrote it with the current keys
                if (updated[i] != 0) {
                    reencrypted += changes.get(i)[0] ? 1 : 0;
                    reindexed += changes.get(i)[1] ? 1 : 0;
                }
            }
        }
    }
}
