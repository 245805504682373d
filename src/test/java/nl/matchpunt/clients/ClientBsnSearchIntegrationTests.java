package nl.matchpunt.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Trust II, item 6: a BSN is searched by POST only; the answer, every link and form on it, and every address hold
 * no BSN; a BSN in an address is not honoured; each search leaves exactly one audit record, without the BSN.
 */
@IntegrationTest
class ClientBsnSearchIntegrationTests {

    private static final Pattern ADDRESSES = Pattern.compile("(?:href|action|src)=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    ClientService clients;

    Long targetGroupId;

    @BeforeEach
    void targetGroup() {
        targetGroupId = clients.targetGroups().stream()
                .filter(group -> group.code().equals("OMSLAG_MO_BW_ADULT"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aBsnSearchIsPostedFindsTheClientShowsNoBsnAndIsAuditedOnce() throws SQLException {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String name = ClientPages.uniqueName();
        String bsn = BsnTests.randomValid();
        Long id = ClientPages.register(hvo, name, bsn, targetGroupId);

        long before = lastAuditId();
        HttpResponse<String> answer = hvo.postForm("/clients/bsn-search", "/clients", Map.of("bsn", bsn));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(name, "Gevonden bij zoeken op BSN", "Cliënten (1 gevonden)");
        assertThat(answer.body()).doesNotContain(bsn);
        assertThat(addresses(answer.body())).isNotEmpty().noneMatch(address -> address.contains(bsn));
        assertThat(answer.uri().toString()).doesNotContain(bsn);
        List<String> records = auditSince(before, "hvo");
        assertThat(records).containsExactly("SEARCH_BSN CLIENT " + id + " bsn-search");
        assertThat(String.join(" ", records)).doesNotContain(bsn);

        String log = hvo.get("/clients/" + id + "/access-log").body();
        assertThat(log).contains("Gevonden bij zoeken op BSN", "Het BSN zelf wordt niet vastgelegd.");
        assertThat(log).doesNotContain(bsn);
    }

    @Test
    void aBsnInTheAddressIsNotHonouredNorEchoed() throws SQLException {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String name = ClientPages.uniqueName();
        String bsn = BsnTests.randomValid();
        ClientPages.register(hvo, name, bsn, targetGroupId);
        long before = lastAuditId();

        HttpResponse<String> byQuery = hvo.get("/clients?q=" + bsn);
        assertThat(byQuery.statusCode()).isEqualTo(302);
        assertThat(byQuery.headers().firstValue("Location").orElse("")).doesNotContain(bsn);
        String redirected = hvo.get("/clients").body();
        assertThat(redirected).contains("een BSN hoort niet in een webadres").doesNotContain(bsn);

        for (String address : List.of("/clients?bsn=" + bsn, "/clients?status=ELIGIBLE&bsn=" + bsn)) {
            HttpResponse<String> byParameter = hvo.get(address);
            assertThat(byParameter.statusCode()).as(address).isEqualTo(302);
            assertThat(byParameter.headers().firstValue("Location").orElse("")).doesNotContain(bsn);
        }
        assertThat(hvo.get("/clients").body()).doesNotContain(bsn);
        assertThat(auditSince(before, "hvo")).noneMatch(record -> record.startsWith("SEARCH_BSN"));
    }

    @Test
    void aSearchThatFindsNothingIsAuditedOnceAndAnotherProvidersClientIsNotFound() throws SQLException {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String bsn = BsnTests.randomValid();
        ClientPages.register(hvo, ClientPages.uniqueName(), bsn, targetGroupId);
        WebSession leger = WebSession.loggedIn(port, "leger");
        long before = lastAuditId();

        HttpResponse<String> answer = leger.postForm("/clients/bsn-search", "/clients", Map.of("bsn", bsn));

        assertThat(answer.body()).contains("Cliënten (0 gevonden)").doesNotContain(bsn);
        assertThat(auditSince(before, "leger")).containsExactly("SEARCH_BSN CLIENT_SEARCH none bsn-search");
    }

    private static List<String> addresses(String html) {
        List<String> addresses = new ArrayList<>();
        Matcher address = ADDRESSES.matcher(html);
        while (address.find()) {
            addresses.add(address.group(1));
        }
        return addresses;
    }

    private static long lastAuditId() throws SQLException {
        return TestDatabase.single("select coalesce(max(id), 0) from audit_record");
    }

    private static List<String> auditSince(long afterId, String username) throws SQLException {
        List<String> records = new ArrayList<>();
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement("select action, subject_type, subject_id, detail"
                        + " from audit_record where id > ? and username = ? and action <> 'LIST' order by id")) {
            query.setLong(1, afterId);
            query.setString(2, username);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    records.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                            + row.getString(4));
                }
            }
        }
        return records;
    }
}
