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
 * clients picked at random (fixed seed), give exactly one new audit record per request for that client. Trust II:
 * every list, search and detail page that shows clients, as each role that may open it, gives exactly one record
 * per client shown (and none for a client not shown), and the client's access log explains each in Dutch.
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

    private static final Pattern CLIENT_CODE = Pattern.compile("C-\\d{4}-\\d{4,}");

    @Test
    void everyPageThatShowsClientsLeavesExactlyOneRecordPerClientShown() throws Exception {
        long hvoId = single("select id from organisation where code = 'hvo-querido'");
        long ymereId = single("select id from organisation where code = 'ymere'");
        long round = single("select max(id) from matching_round");
        long submitted = single("select min(id) from client where status = 'SUBMITTED'");
        // other test classes share this database and some write rows by hand (generated years, synthetic
        // placements): take a proposal and a case whose client is a real client under the code they show
        long proposal = single("select max(p.id) from proposal p join client c on c.id = p.client_id"
                + " and c.client_code = p.client_code where p.corporation_id = " + ymereId
                + " and p.care_provider_id = " + hvoId + " and p.status not in ('DRAFT', 'REMOVED')");
        long placementCase = single("select max(pc.id) from placement_case pc join client c on c.id = pc.client_id"
                + " and c.client_code = pc.client_code where pc.corporation_id = " + ymereId
                + " and pc.care_provider_id = " + hvoId);
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(
                "coordinator",
                List.of(
                        "/",
                        "/clients",
                        "/clients?page=1",
                        "/clients/queue",
                        "/clients/" + submitted + "/decision",
                        "/proposals",
                        "/proposals/follow-up",
                        "/proposals/" + proposal,
                        "/rounds/" + round,
                        "/cases",
                        "/cases/" + placementCase,
                        "/dashboard",
                        "/dashboard/waiting",
                        "/dashboard/waiting?page=1"));
        pages.put(
                "hvo",
                List.of(
                        "/",
                        "/clients",
                        "/proposals",
                        "/proposals/" + proposal,
                        "/cases",
                        "/cases/" + placementCase,
                        "/dashboard",
                        "/dashboard/waiting"));
        pages.put(
                "ymere",
                List.of(
                        "/",
                        "/proposals",
                        "/proposals/" + proposal,
                        "/cases",
                        "/cases/" + placementCase,
                        "/dashboard"));

        List<String> failures = new ArrayList<>();
        int reads = 0;
        long someClient = 0;
        long homeClient = 0;
        for (Map.Entry<String, List<String>> role : pages.entrySet()) {
            WebSession session = WebSession.loggedIn(port, role.getKey());
            for (String path : role.getValue()) {
                long before = single("select coalesce(max(id), 0) from audit_record");
                HttpResponse<String> page = session.get(path);
                Map<String, Long> recorded = recordedSince(before, role.getKey());
                Map<String, String> codes = clientCodes(recorded.keySet());
                reads++;
                List<String> shown = new ArrayList<>();
                Matcher code = CLIENT_CODE.matcher(page.body());
                while (code.find()) {
                    shown.add(code.group());
                }
                String where = role.getKey() + " " + path + ": ";
                if (page.statusCode() != 200 || recorded.isEmpty()) {
                    failures.add(where + "status " + page.statusCode() + ", " + recorded.size() + " records");
                }
                recorded.forEach((client, count) -> {
                    if (count != 1) {
                        failures.add(where + count + " records for client " + client);
                    }
                });
                codes.values().stream()
                        .filter(c -> !page.body().contains(c))
                        .forEach(c -> failures.add(where + "recorded but not shown: " + c));
                for (String c : shown.stream()
                        .filter(c -> !codes.containsValue(c))
                        .distinct()
                        .toList()) {
                    failures.add(where + "shown but not recorded: " + c + " " + whereShown(c));
                }
                if (homeClient == 0 && path.equals("/") && !recorded.isEmpty()) {
                    homeClient = Long.parseLong(recorded.keySet().iterator().next());
                }
                if (someClient == 0 && path.startsWith("/clients") && !recorded.isEmpty()) {
                    someClient = Long.parseLong(recorded.keySet().iterator().next()); // from the client list
                }
            }
        }
        System.out.println("TRUST audit of lists: " + reads + " page reads by 3 roles, failures " + failures);
        assertThat(failures).isEmpty();

        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        assertThat(coordinator.get("/clients/" + someClient + "/access-log").body())
                .contains("Gezien in een lijst", "in de lijst van cliënten die de gebruiker opende")
                .doesNotContain("??");
        assertThat(homeClient).as("the start page named a client").isPositive();
        assertThat(coordinator.get("/clients/" + homeClient + "/access-log").body())
                .contains("in de takenlijst op de startpagina van de gebruiker");
        long caseClient = single("select client_id from placement_case where id = " + placementCase);
        assertThat(coordinator.get("/clients/" + caseClient + "/access-log").body())
                .contains("Ingezien", "De gebruiker opende het plaatsingsdossier van deze cliënt.")
                .doesNotContain("??");
    }

    /** Client id → number of records written by {@code username} after audit record {@code afterId}. */
    private static Map<String, Long> recordedSince(long afterId, String username) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement("select subject_id, count(*) from audit_record"
                        + " where id > ? and username = ? and subject_type = 'CLIENT' group by subject_id")) {
            query.setLong(1, afterId);
            query.setString(2, username);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    counts.put(row.getString(1), row.getLong(2));
                }
            }
        }
        return counts;
    }

    /** Where the database holds {@code code}: the client with it and the proposals that name it. */
    private static String whereShown(String code) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement("select 'client ' || id || ' ' || status from client"
                        + " where client_code = ? union all select 'proposal ' || p.id || ' of client ' || p.client_id"
                        + " || ' (' || coalesce(c.client_code, '-') || ') ' || p.status from proposal p"
                        + " left join client c on c.id = p.client_id where p.client_code = ?")) {
            query.setString(1, code);
            query.setString(2, code);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1));
                }
            }
        }
        return rows.toString();
    }

    private static Map<String, String> clientCodes(java.util.Collection<String> ids) throws SQLException {
        Map<String, String> codes = new LinkedHashMap<>();
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement("select client_code from client where id = ?")) {
            for (String id : ids) {
                query.setLong(1, Long.parseLong(id));
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        codes.put(id, row.getString(1));
                    }
                }
            }
        }
        return codes;
    }

    private static long single(String sql) throws SQLException {
        return TestDatabase.single(sql);
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
