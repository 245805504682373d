package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Item 10 of the trust issue: N reads of client detail pages and N changes of client profiles through HTTP, on
 * clients picked at random (fixed seed), give exactly one new audit record per request for that client.
 */
@IntegrationTest
class AuditCompletenessIntegrationTests {

    private static final int READS = 25;

    private static final int CHANGES = 15;

    private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void everyReadAndEveryChangeOfCareDataIsAuditedExactlyOnce() throws Exception {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        Random random = new Random(20261125L);
        List<String> failures = new ArrayList<>();

        List<Long> readable = clients("select c.id from client c join organisation o on o.id = c.care_provider_id"
                + " where o.code = 'hvo-querido' and c.status <> 'WITHDRAWN' and c.name is not null order by c.id");
        int reads = 0;
        for (int i = 0; i < READS; i++) {
            long id = readable.get(random.nextInt(readable.size()));
            long before = auditCount(id);
            HttpResponse<String> page = hvo.get("/clients/" + id);
            long added = auditCount(id) - before;
            reads++;
            if (page.statusCode() != 200 || added != 1) {
                failures.add("read of client " + id + ": status " + page.statusCode() + ", " + added + " records");
            }
        }

        List<Long> changeable = clients("select c.id from client c join organisation o on o.id = c.care_provider_id"
                + " where o.code = 'hvo-querido' and c.status in ('DRAFT', 'SUBMITTED', 'ELIGIBLE') order by c.id");
        Collections.shuffle(changeable, random);
        int changes = 0;
        for (long id : changeable.subList(0, Math.min(CHANGES, changeable.size()))) {
            String form = "/clients/" + id + "/profile";
            String page = hvo.get(form).body();
            Matcher version = VERSION.matcher(page);
            Matcher token = CSRF.matcher(page);
            assertThat(version.find() && token.find())
                    .as("version and token on " + form)
                    .isTrue();
            Map<String, String> fields = profile(version.group(1), random);
            fields.put("_csrf", token.group(1));
            long before = auditCount(id);
            HttpResponse<String> saved = hvo.postRaw(form, fields);
            long added = auditCount(id) - before;
            changes++;
            if (saved.statusCode() != 302 || added != 1) {
                failures.add("profile change of client " + id + ": status " + saved.statusCode() + ", " + added
                        + " records");
            }
        }

        System.out.println("TRUST audit: " + reads + " reads and " + changes + " changes of care data, "
                + (reads + changes - failures.size()) + " with exactly one audit record, failures " + failures);
        assertThat(failures).isEmpty();
        assertThat(changes).isEqualTo(CHANGES);
    }

    private static Map<String, String> profile(String version, Random random) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("maxRent", (700 + random.nextInt(200)) + ".00");
        fields.put("minRooms", "1");
        fields.put("maxRooms", Integer.toString(2 + random.nextInt(3)));
        fields.put("maxFloor", "");
        fields.put("exclusionReason", "");
        fields.put("note", "");
        fields.put("sharedFields", "HOUSEHOLD");
        fields.put("_sharedFields", "on");
        fields.put("version", version);
        return fields;
    }

    private static List<Long> clients(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                ids.add(row.getLong(1));
            }
        }
        return ids;
    }

    private static long auditCount(long clientId) throws SQLException {
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from audit_record where subject_type = 'CLIENT' and subject_id = ?")) {
            query.setString(1, Long.toString(clientId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
