package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Item 5 of the trust issue, in the browser: standard XSS payloads are stored in the free-text fields of the
 * records the detail pages show (written straight into the tables, so that no input validation stands in the way
 * and only the output encoding is tested), then every GET page of every demo role is opened in Chromium with a
 * dialog listener: no script may run. The original values are put back afterwards.
 */
@IntegrationTest
@Tag("slow")
class XssBrowserTests {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "javascript:alert(3)",
            "'><svg onload=alert(4)>",
            "</textarea><script>alert(5)</script>",
            "{{7*7}}<iframe src=javascript:alert(6)>");

    /** Free-text columns and which rows: those the generated pages open (the newest per organisation). */
    private static final Map<String, String> FIELDS = fields();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        String newestDwellings = "id in (select max(id) from dwelling group by corporation_id)";
        String newestClients = "id in (select max(id) from client group by care_provider_id)";
        String newestCases = "(select max(id) from placement_case group by corporation_id"
                + " union select max(id) from placement_case group by care_provider_id)";
        fields.put("dwelling.street", newestDwellings);
        fields.put("dwelling.note", newestDwellings);
        fields.put("client.name", newestClients);
        fields.put("client.current_location", newestClients);
        fields.put("client.supervisor_name", newestClients);
        fields.put(
                "proposal_event.note",
                "proposal_id in (select max(id) from proposal where status not in ('DRAFT', 'REMOVED')"
                        + " group by corporation_id union select max(id) from proposal"
                        + " where status not in ('DRAFT', 'REMOVED') group by care_provider_id)");
        fields.put("placement_case.dwelling_address", "id in " + newestCases);
        fields.put("case_signal.description", "case_id in " + newestCases);
        fields.put("case_signal.response", "case_id in " + newestCases);
        fields.put("housing_review.note", "case_id in " + newestCases);
        fields.put("case_agreement.note", "case_id in " + newestCases);
        fields.put("organisation.name", "code in ('ymere', 'hvo-querido')");
        fields.put("target_group.name", "id in (select max(id) from target_group)");
        return fields;
    }

    @Test
    void noStoredPayloadRunsOnAnyPage() throws Exception {
        TrustData data = new TrustData();
        Endpoints endpoints = Endpoints.of(mappings);
        Map<String, List<String>> pagesPerRole = new LinkedHashMap<>();
        for (String username : TrustData.ACCOUNTS) {
            pagesPerRole.put(username, Pages.of(endpoints, data, new Attacker(port, username, users, privileges)));
        }
        Map<String, String> originals = save();
        AtomicInteger dialogs = new AtomicInteger();
        List<String> ran = new ArrayList<>();
        int opened = 0;
        try (Browser browser = new Browser(port)) {
            for (String payload : PAYLOADS) {
                store(originals, payload);
                for (Map.Entry<String, List<String>> role : pagesPerRole.entrySet()) {
                    Page page = browser.loggedIn(role.getKey());
                    String[] current = {""};
                    page.onDialog(dialog -> {
                        dialogs.incrementAndGet();
                        ran.add(payload + " on " + current[0] + " as " + role.getKey() + ": " + dialog.message());
                        dialog.dismiss();
                    });
                    for (String path : role.getValue()) {
                        current[0] = path;
                        try {
                            page.navigate(path);
                        } catch (com.microsoft.playwright.PlaywrightException download) {
                            // a CSV or JSON download is no page to render
                        }
                        opened++;
                    }
                    page.context().close();
                }
            }
        } finally {
            restore(originals);
        }
        System.out.println("TRUST xss: " + PAYLOADS.size() + " payloads in " + FIELDS.size() + " fields x "
                + opened / PAYLOADS.size() + " pages (all roles) = " + opened + " page loads, " + dialogs.get()
                + " dialogs");
        assertThat(ran).isEmpty();
        assertThat(opened).isGreaterThan(100);
    }

    private static Map<String, String> save() throws Exception {
        Map<String, String> originals = new LinkedHashMap<>();
        try (Connection db = TestDatabase.open();
                Statement statement = db.createStatement()) {
            for (Map.Entry<String, String> field : FIELDS.entrySet()) {
                String[] tableColumn = field.getKey().split("\\.");
                try (ResultSet row = statement.executeQuery(
                        "select id, " + tableColumn[1] + " from " + tableColumn[0] + " where " + field.getValue())) {
                    while (row.next()) {
                        originals.put(field.getKey() + "#" + row.getLong(1), row.getString(2));
                    }
                }
            }
        }
        return originals;
    }

    private static void store(Map<String, String> rows, String payload) throws Exception {
        write(rows, key -> payload);
    }

    private static void restore(Map<String, String> originals) throws Exception {
        write(originals, originals::get);
    }

    private static void write(Map<String, String> rows, java.util.function.Function<String, String> value)
            throws Exception {
        try (Connection db = TestDatabase.open()) {
            for (String key : rows.keySet()) {
                String[] tableColumn = key.substring(0, key.indexOf('#')).split("\\.");
                long id = Long.parseLong(key.substring(key.indexOf('#') + 1));
                try (PreparedStatement update = db.prepareStatement(
                        "update " + tableColumn[0] + " set " + tableColumn[1] + " = ? where id = ?")) {
                    update.setString(1, value.apply(key));
                    update.setLong(2, id);
                    update.executeUpdate();
                }
            }
        }
    }
}
