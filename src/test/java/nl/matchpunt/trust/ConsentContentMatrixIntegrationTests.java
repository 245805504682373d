package nl.matchpunt.trust;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.CorporationView;
import nl.matchpunt.clients.SharedField;
import nl.matchpunt.clients.TargetGroupSummary;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Item 1 of issue 14: consent is a property of the data, not of a page. Clients of {@code hvo} with proposals at
 * Ymere and Rochdale are given consent that withholds one shareable field each, with a distinctive value in that
 * field; then every GET page each corporation (and the other care provider, {@code leger}) can reach — generated
 * from the application's own request mappings, with those clients' proposals and cases as the records — and every
 * dashboard export (CSV and XLSX, with and without the target-group filter) is read, and the withheld value must
 * never appear.
 *
 * <p>What "appears" means for the target group: the clients withholding it are put in a target group of their own,
 * so its name and code are theirs alone. The dashboard's filter drop-down lists every group by name and code (that
 * tells nothing about a client) and is cut out before looking; anywhere else the name or code would tie a client to
 * the group. And the dashboard filtered on that group must show exactly what it shows for a group without clients.
 */
@IntegrationTest
class ConsentContentMatrixIntegrationTests {

    private static final List<String> VIEWERS = List.of("ymere", "rochdale", "leger");

    private static final Pattern GROUP_SELECT = Pattern.compile("<select id=\"group\".*?</select>", Pattern.DOTALL);

    /** An option of a drop-down that is not chosen: a list of every possible value, not a client's. */
    private static final Pattern UNCHOSEN_OPTION =
            Pattern.compile("<option(?![^>]*selected)[^>]*>[^<]*</option>", Pattern.DOTALL);

    private static final Pattern EXPORT = Pattern.compile("/dashboard/export/([A-Za-z]+)\\.csv");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Autowired
    ClientService clients;

    @Autowired
    RunAs runAs;

    @Autowired
    MessageSource messages;

    /** A test client: the field it withholds, its proposal (seen by one corporation), and its case, if any. */
    private record Subject(SharedField withheld, long clientId, long proposalId, Long caseId) {}

    @Test
    void noPageOrExportACorporationOrAnotherCareProviderCanReachShowsAFieldTheClientWithheld() throws Exception {
        String tag =
                UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        int year = LocalDate.now(AMSTERDAM).getYear();
        TargetGroupSummary secret = runAs.get(
                "admin", () -> clients.createTargetGroup("GEHEIM" + tag, "Doelgroep Geheim " + tag, true, true));
        TargetGroupSummary empty =
                runAs.get("admin", () -> clients.createTargetGroup("LEEG" + tag, "Doelgroep Leeg " + tag, true, true));
        Map<SharedField, List<Subject>> subjects = new EnumMap<>(SharedField.class);
        Map<SharedField, List<String>> markers = new EnumMap<>(SharedField.class);
        Snapshot snapshot = new Snapshot();
        try {
            setUp(tag, year, secret, subjects, markers, snapshot);

            // the service: what a corporation is given leaves every withheld field out
            for (List<Subject> list : subjects.values()) {
                for (Subject subject : list) {
                    CorporationView view = clients.corporationView(subject.clientId());
                    assertThat(withheldValue(view, subject.withheld()))
                            .as(subject.withheld() + " in the corporation view")
                            .isNull();
                }
            }

            // positive controls: where the value may be seen, it is there (so the markers are what pages show)
            String coordinatorProposals = new String(
                    WebSessionBytes.get(port, "coordinator", "/dashboard/export/proposals.csv?year=" + year),
                    StandardCharsets.UTF_8);
            assertThat(coordinatorProposals).contains(secret.name());
            Subject placedHousehold = subjects.get(SharedField.HOUSEHOLD).stream()
                    .filter(s -> s.caseId() != null)
                    .findFirst()
                    .orElseThrow();
            assertThat(nl.matchpunt.support.WebSession.loggedIn(port, "hvo")
                            .get("/cases/" + placedHousehold.caseId())
                            .body())
                    .contains(markers.get(SharedField.HOUSEHOLD).get(1));

            // the matrix
            TrustData data = new TrustData();
            Endpoints endpoints = Endpoints.of(mappings);
            List<String> leaks = new ArrayList<>();
            Set<String> pagesTried = new LinkedHashSet<>();
            int checks = 0;
            for (String username : VIEWERS) {
                Attacker viewer = new Attacker(port, username, users, privileges);
                for (String path : paths(endpoints, data, viewer, subjects, secret, year)) {
                    HttpResponse<byte[]> response = viewer.session.download(path);
                    String text = text(path, response);
                    // a drop-down lists every possible value (every group, every income band), the dashboard's
                    // group filter shows the viewer's own choice and its links echo it: none of that is about a
                    // client; a chosen option elsewhere (a client's value on a form) still counts
                    String shown = UNCHOSEN_OPTION
                            .matcher(GROUP_SELECT.matcher(text).replaceAll(""))
                            .replaceAll("")
                            .replace("group=" + secret.code(), "group=");
                    pagesTried.add(username + " " + path);
                    for (Map.Entry<SharedField, List<String>> field : markers.entrySet()) {
                        for (String marker : field.getValue()) {
                            checks++;
                            if (shown.contains(marker)) {
                                leaks.add(username + " " + path + " shows " + field.getKey() + " (" + marker + ")");
                            }
                        }
                    }
                }
                // the target-group filter tells nothing: filtered on the withholding clients' group, every table
                // and export is exactly that of a group without clients
                String dashboard = viewer.session
                        .get("/dashboard?year=" + year + "&group=" + secret.code())
                        .body();
                Matcher table = EXPORT.matcher(dashboard);
                Set<String> tables = new LinkedHashSet<>();
                while (table.find()) {
                    tables.add(table.group(1));
                }
                assertThat(tables).contains("groups", "proposals", "districts");
                for (String id : tables) {
                    String base = "/dashboard/export/" + id + ".csv?year=" + year + "&group=";
                    String withheld = new String(
                            viewer.session.download(base + secret.code()).body(), UTF8);
                    String none = new String(
                            viewer.session.download(base + empty.code()).body(), UTF8);
                    checks++;
                    if (!withheld.equals(none)) {
                        leaks.add(username + " " + base + secret.code() + " differs from a group without clients");
                    }
                }
            }
            int fields = markers.size();
            System.out.println("TRUST content matrix: " + pagesTried.size() + " pages × " + fields + " fields, "
                    + leaks.size() + " leaks (" + checks + " checks; accounts " + VIEWERS + ")");
            assertThat(leaks).isEmpty();
            assertThat(pagesTried.size()).isGreaterThan(60);
        } finally {
            snapshot.restore();
            for (TargetGroupSummary group : List.of(secret, empty)) {
                runAs.run("admin", () -> clients.changeTargetGroup(group.id(), group.name(), true, true, false));
            }
        }
    }

    private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

    /**
     * Every GET page the viewer may use: the pages without variables, the pages of the test clients' proposals and
     * cases, the other pages with a record of the viewer's own, and the dashboard with its exports (every table,
     * CSV and XLSX, with and without the target-group filter).
     */
    private static List<String> paths(
            Endpoints endpoints,
            TrustData data,
            Attacker viewer,
            Map<SharedField, List<Subject>> subjects,
            TargetGroupSummary secret,
            int year)
            throws Exception {
        TrustData.Account owner = data.account(viewer.username);
        Set<String> paths = new LinkedHashSet<>();
        List<Subject> all = subjects.values().stream().flatMap(List::stream).toList();
        for (Endpoints.Endpoint endpoint : endpoints.gets()) {
            if (endpoint.isApi()) {
                continue;
            }
            String kind = endpoint.idVariable() == null ? null : TrustData.kind(endpoint, endpoint.idVariable());
            List<String> filled = new ArrayList<>();
            if (endpoint.variables().size() == 1 && "proposals".equals(kind)) {
                all.forEach(s -> filled.add(endpoint.path(v -> Long.toString(s.proposalId()))));
            } else if (endpoint.variables().size() == 1 && "cases".equals(kind)) {
                all.stream()
                        .filter(s -> s.caseId() != null)
                        .forEach(s -> filled.add(endpoint.path(v -> Long.toString(s.caseId()))));
            } else {
                String path = Pages.fill(endpoint, data, owner);
                if (path != null) {
                    filled.add(path);
                }
            }
            for (String path : filled) {
                if (viewer.mayUse(path, "GET") && !path.startsWith("/dashboard/export/")) {
                    paths.add(path);
                }
            }
        }
        if (viewer.mayUse("/dashboard", "GET")) {
            List<String> queries = List.of("?year=" + year, "?year=" + year + "&group=" + secret.code());
            for (String query : queries) {
                paths.add("/dashboard" + query);
                paths.add("/dashboard/report" + query);
                String page = viewer.session.get("/dashboard" + query).body();
                Matcher table = EXPORT.matcher(page);
                while (table.find()) {
                    for (String format : List.of("csv", "xlsx")) {
                        paths.add("/dashboard/export/" + table.group(1) + "." + format + query);
                    }
                }
            }
        }
        return new ArrayList<>(paths);
    }

    /** The text of a page or export (the sheet of an XLSX, with its XML entities read back). */
    private static String text(String path, HttpResponse<byte[]> response) throws Exception {
        if (path.contains(".xlsx")) {
            if (response.statusCode() != 200) {
                return "";
            }
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        return new String(zip.readAllBytes(), UTF8)
                                .replace("&lt;", "<")
                                .replace("&gt;", ">")
                                .replace("&quot;", "\"")
                                .replace("&amp;", "&");
                    }
                }
            }
            throw new IllegalStateException("no sheet in " + path);
        }
        return org.springframework.web.util.HtmlUtils.htmlUnescape(new String(response.body(), UTF8));
    }

    private static Object withheldValue(CorporationView view, SharedField field) {
        return switch (field) {
            case HOUSEHOLD -> view.adults();
            case TARGET_GROUP -> view.targetGroupName();
            case HARD_REQUIREMENTS -> view.hardRequirements();
            case SOFT_PREFERENCES -> view.softPreferences();
            case INCOME_BAND -> view.incomeBand();
            case PROFILE_NOTE -> view.profileNote();
            case SUPERVISOR_CONTACT -> view.supervisorName();
            case NAME -> view.name();
        };
    }

    /**
     * Chooses clients of hvo with a proposal at Ymere or Rochdale — one per shareable field, plus for the target
     * group one with an open proposal and one placed this year, and for the household one with a case — and gives
     * each consent for every field but its own, with a distinctive value in that field.
     */
    private void setUp(
            String tag,
            int year,
            TargetGroupSummary secret,
            Map<SharedField, List<Subject>> subjects,
            Map<SharedField, List<String>> markers,
            Snapshot snapshot)
            throws Exception {
        try (Connection db = TestDatabase.open()) {
            String corporations = "(select id from organisation where code in ('ymere', 'rochdale'))";
            String hvo = "(select id from organisation where code = 'hvo-querido')";
            // id, client, case (0: none), open (1) and placed this year (1), newest first, one row per client
            List<long[]> visible = new ArrayList<>();
            Set<Long> seen = new java.util.HashSet<>();
            for (long[] row : rows(
                    db,
                    "select p.id, p.client_id, coalesce(pc.id, 0), case when p.status = 'SENT' then 1 else 0 end,"
                            + " case when q.agreed_on >= date '" + year + "-01-01' then 1 else 0 end"
                            + " from proposal p left join placement_case pc on pc.proposal_id = p.id"
                            + " left join quota_placement q on q.proposal_id = p.id"
                            + " where p.status not in ('DRAFT', 'REMOVED') and p.corporation_id in " + corporations
                            + " and p.care_provider_id = " + hvo + " order by p.id desc")) {
                if (seen.add(row[1])) {
                    visible.add(row);
                }
            }
            take(visible, subjects, SharedField.TARGET_GROUP, row -> row[2] != 0 && row[4] == 1, true);
            take(visible, subjects, SharedField.TARGET_GROUP, row -> row[3] == 1, false);
            take(visible, subjects, SharedField.HOUSEHOLD, row -> row[2] != 0, true);
            for (SharedField field : SharedField.values()) {
                if (!subjects.containsKey(field)) {
                    take(visible, subjects, field, row -> true, true);
                }
            }
            for (List<Subject> list : subjects.values()) {
                for (Subject subject : list) {
                    snapshot.client(db, subject.clientId());
                    update(
                            db,
                            "update client set income_band = null, profile_note = null, supervisor_name = null,"
                                    + " supervisor_phone = null, supervisor_email = null where id = ?",
                            subject.clientId());
                    update(db, "delete from client_shared_field where client_id = ?", subject.clientId());
                    for (SharedField field : SharedField.values()) {
                        if (field != subject.withheld()) {
                            update(
                                    db,
                                    "insert into client_shared_field (client_id, field) values (?, '" + field.name()
                                            + "')",
                                    subject.clientId());
                        }
                    }
                    withhold(db, tag, secret, subject, snapshot);
                }
            }
        }
        markers.put(SharedField.NAME, List.of("Naam Geheim " + tag));
        markers.put(SharedField.TARGET_GROUP, List.of(secret.name(), secret.code()));
        markers.put(
                SharedField.HOUSEHOLD,
                List.of(
                        messages.getMessage("matching.client.householdValue", new Object[] {7, 6}, Locale.ROOT),
                        messages.getMessage("cases.household.withChildren", new Object[] {13}, Locale.ROOT)));
        markers.put(SharedField.HARD_REQUIREMENTS, List.of("1.234,56", "1234,56"));
        markers.put(SharedField.INCOME_BAND, List.of("WITHIN_SOCIAL_LIMIT"));
        markers.put(SharedField.PROFILE_NOTE, List.of("Notitie Geheim " + tag));
        markers.put(
                SharedField.SUPERVISOR_CONTACT,
                List.of("Begeleider Geheim " + tag, phone(tag), "geheim" + tag + "@example.org"));
    }

    /** The distinctive value in the withheld field (and in the copies matching, quota and cases keep of it). */
    private static void withhold(
            Connection db, String tag, TargetGroupSummary secret, Subject subject, Snapshot snapshot) throws Exception {
        long id = subject.clientId();
        switch (subject.withheld()) {
            case NAME -> update(db, "update client set name = 'Naam Geheim " + tag + "' where id = ?", id);
            case TARGET_GROUP -> {
                snapshot.copies(db, id);
                update(db, "update client set target_group_id = " + secret.id() + " where id = ?", id);
                update(db, "update proposal set target_group = '" + secret.code() + "' where client_id = ?", id);
                update(
                        db,
                        "update quota_placement set target_group_code = '" + secret.code()
                                + "' where client_code = (select client_code from client where id = ?)",
                        id);
                update(
                        db,
                        "update placement_case set target_group_code = '" + secret.code() + "' where client_id = ?",
                        id);
            }
            case HOUSEHOLD -> {
                snapshot.copies(db, id);
                update(db, "update client set adults = 7, children = 6 where id = ?", id);
                update(
                        db,
                        "update placement_case set household_size = 13, children_in_household = true"
                                + " where client_id = ?",
                        id);
            }
            case HARD_REQUIREMENTS -> update(db, "update client set max_rent = 1234.56 where id = ?", id);
            case SOFT_PREFERENCES ->
                update(
                        db,
                        "update client set quiet_surroundings = true, ground_floor_preferred = true where id = ?",
                        id);
            case INCOME_BAND -> update(db, "update client set income_band = 'WITHIN_SOCIAL_LIMIT' where id = ?", id);
            case PROFILE_NOTE ->
                update(db, "update client set profile_note = 'Notitie Geheim " + tag + "' where id = ?", id);
            case SUPERVISOR_CONTACT ->
                update(
                        db,
                        "update client set supervisor_name = 'Begeleider Geheim " + tag + "', supervisor_phone = '"
                                + phone(tag) + "', supervisor_email = 'geheim" + tag
                                + "@example.org' where id = ?",
                        id);
        }
    }

    /** Takes the first client that fits as a subject withholding {@code field}; fails when one is required. */
    private static void take(
            List<long[]> visible,
            Map<SharedField, List<Subject>> subjects,
            SharedField field,
            java.util.function.Predicate<long[]> fits,
            boolean required) {
        for (java.util.Iterator<long[]> rows = visible.iterator(); rows.hasNext(); ) {
            long[] row = rows.next();
            if (fits.test(row)) {
                rows.remove();
                subjects.computeIfAbsent(field, f -> new ArrayList<>())
                        .add(new Subject(field, row[1], row[0], row[2] == 0 ? null : row[2]));
                return;
            }
        }
        assertThat(required)
                .as("a client of hvo at Ymere or Rochdale to withhold " + field)
                .isFalse();
    }

    private static String phone(String tag) {
        return "0699" + (Math.abs(tag.hashCode()) % 900000 + 100000);
    }

    private static List<long[]> rows(Connection db, String sql) throws Exception {
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                long[] values = new long[columns];
                for (int c = 0; c < columns; c++) {
                    values[c] = row.getLong(c + 1);
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static void update(Connection db, String sql, long id) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    /** The rows the test changes, as they were, so that the demo data is the same for the tests after it. */
    private static final class Snapshot {

        private final Map<String, List<Object>> statements = new LinkedHashMap<>();

        private final List<String> restore = new ArrayList<>();

        void client(Connection db, long id) throws Exception {
            record(
                    db,
                    "select name, income_band, profile_note, supervisor_name, supervisor_phone, supervisor_email,"
                            + " adults, children, max_rent, target_group_id, quiet_surroundings,"
                            + " ground_floor_preferred, id from client where id = " + id,
                    "update client set name = ?, income_band = ?, profile_note = ?, supervisor_name = ?,"
                            + " supervisor_phone = ?, supervisor_email = ?, adults = ?, children = ?, max_rent = ?,"
                            + " target_group_id = ?, quiet_surroundings = ?, ground_floor_preferred = ? where id = ?");
            record(
                    db,
                    "select client_id, field from client_shared_field where client_id = " + id,
                    "insert into client_shared_field (client_id, field) values (?, ?)");
            restore.add(0, "delete from client_shared_field where client_id = " + id);
        }

        void copies(Connection db, long id) throws Exception {
            record(
                    db,
                    "select target_group, id from proposal where client_id = " + id,
                    "update proposal set target_group = ? where id = ?");
            record(
                    db,
                    "select target_group_code, id from quota_placement where client_code = (select client_code"
                            + " from client where id = " + id + ")",
                    "update quota_placement set target_group_code = ? where id = ?");
            record(
                    db,
                    "select target_group_code, household_size, children_in_household, id from placement_case"
                            + " where client_id = " + id,
                    "update placement_case set target_group_code = ?, household_size = ?, children_in_household = ?"
                            + " where id = ?");
        }

        private void record(Connection db, String select, String write) throws Exception {
            try (PreparedStatement statement = db.prepareStatement(select);
                    ResultSet row = statement.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        values.add(row.getObject(c));
                    }
                    statements.put(write + "#" + statements.size(), values);
                }
            }
        }

        void restore() throws Exception {
            try (Connection db = TestDatabase.open()) {
                for (String sql : restore) {
                    try (PreparedStatement statement = db.prepareStatement(sql)) {
                        statement.executeUpdate();
                    }
                }
                for (Map.Entry<String, List<Object>> entry : statements.entrySet()) {
                    String sql = entry.getKey().substring(0, entry.getKey().lastIndexOf('#'));
                    try (PreparedStatement statement = db.prepareStatement(sql)) {
                        List<Object> values = entry.getValue();
                        for (int i = 0; i < values.size(); i++) {
                            statement.setObject(i + 1, values.get(i));
                        }
                        statement.executeUpdate();
                    }
                }
            }
        }
    }

    /** A download as another account, for the positive control. */
    private static final class WebSessionBytes {

        static byte[] get(int port, String username, String path) {
            return nl.matchpunt.support.WebSession.loggedIn(port, username)
                    .download(path)
                    .body();
        }
    }
}
