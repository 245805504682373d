package nl.matchpunt.clients;

import static nl.matchpunt.clients.BsnProtectorTests.DEMO_KEY;
import static nl.matchpunt.clients.BsnProtectorTests.INDEX_KEY;
import static nl.matchpunt.clients.BsnProtectorTests.KEY_B;
import static nl.matchpunt.clients.BsnProtectorTests.LEGACY_DEMO_INDEX;
import static nl.matchpunt.clients.BsnProtectorTests.LEGACY_DEMO_VALUE;
import static nl.matchpunt.clients.BsnProtectorTests.protector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.matchpunt.clients.internal.BsnProtector;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Key rotation on PostgreSQL, on the demo data of the shared test database inside a transaction that is rolled back:
 * the BSNs under the demo key (key A, one of them still in the format without key id) are rotated to key B and a new
 * index key, then read with key B alone.
 */
@IntegrationTest
class BsnKeyRotationIntegrationTests {

    private record Row(long id, String encrypted, String index, long version) {}

    @Autowired
    BsnProtector demoKeys;

    @Test
    void afterRotationEveryBsnDecryptsAndIsFoundWithTheNewKeysAloneAndTheOldKeysReadNothing() throws Exception {
        try (Connection connection = TestDatabase.open()) {
            connection.setAutoCommit(false);
            try {
                JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                long legacy =
                        jdbc.queryForObject("select min(id) from client where bsn_encrypted is not null", Long.class);
                jdbc.update(
                        "update client set bsn_encrypted = ?, bsn_index = ? where id = ?",
                        LEGACY_DEMO_VALUE,
                        LEGACY_DEMO_INDEX,
                        legacy);
                List<Row> before = rows(jdbc);
                Map<Long, String> bsns = new HashMap<>();
                before.forEach(row -> bsns.put(row.id(), demoKeys.decrypt(row.encrypted())));
                assertThat(bsns).hasSizeGreaterThan(500).containsEntry(legacy, "123456782");
                assertThat(bsns.values()).allMatch(Bsn::isValid);

                BsnProtector rotating = protector("b:" + KEY_B, "demo:" + DEMO_KEY + ",legacy:" + DEMO_KEY, INDEX_KEY);
                BsnKeyRotation.Result result = new BsnKeyRotation(jdbc, rotating).rotate();
                assertThat(result).isEqualTo(new BsnKeyRotation.Result(bsns.size(), bsns.size(), bsns.size()));

                BsnProtector keyB = protector("b:" + KEY_B, "", INDEX_KEY);
                Map<Long, Long> versionBefore = new HashMap<>();
                before.forEach(row -> versionBefore.put(row.id(), row.version()));
                for (Row row : rows(jdbc)) {
                    assertThat(row.encrypted()).startsWith("v2:b:");
                    assertThat(keyB.decrypt(row.encrypted())).isEqualTo(bsns.get(row.id()));
                    assertThat(row.index()).isEqualTo(keyB.blindIndex(bsns.get(row.id())));
                    assertThat(row.version()).isEqualTo(versionBefore.get(row.id()) + 1);
                    assertThatThrownBy(() -> demoKeys.decrypt(row.encrypted()))
                            .as("the old key reads nothing any more")
                            .isInstanceOf(IllegalStateException.class);
                }
                assertThat(jdbc.queryForList(
                                "select id from client where bsn_index = ?", Long.class, keyB.blindIndex("123456782")))
                        .as("search by BSN with the new index key")
                        .contains(legacy);
                assertThat(jdbc.queryForList(
                                "select id from client where bsn_index = ?", Long.class, LEGACY_DEMO_INDEX))
                        .as("the old index finds nothing")
                        .isEmpty();

                assertThat(new BsnKeyRotation(jdbc, keyB).rotate())
                        .as("a second run has nothing left to do")
                        .isEqualTo(new BsnKeyRotation.Result(bsns.size(), 0, 0));
            } finally {
                connection.rollback();
            }
        }
    }

    private static List<Row> rows(JdbcTemplate jdbc) {
        return jdbc.query(
                "select id, bsn_encrypted, bsn_index, version from client where bsn_encrypted is not null",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }
}
