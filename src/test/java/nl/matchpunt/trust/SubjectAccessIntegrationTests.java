package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Trust II, a data subject's rights: the subject-access export of a client with a proposal, a placement case and a
 * signal holds all of them, the consent history and the audit, as a readable Dutch document and as JSON; each
 * download is one audit record.
 */
@IntegrationTest
class SubjectAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theExportHoldsProfileConsentProposalsCaseSignalsAndAuditInBothFormats() throws SQLException {
        long clientId;
        String code;
        String dwelling;
        String signal;
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement("select k.id, k.client_code, c.dwelling_address,"
                        + " s.description from placement_case c join client k on k.id = c.client_id"
                        + " join case_signal s on s.case_id = c.id where k.anonymised_at is null and k.name is not null"
                        + " order by c.id limit 1");
                ResultSet row = query.executeQuery()) {
            assertThat(row.next())
                    .as("a client with a case and a signal in the demo data")
                    .isTrue();
            clientId = row.getLong(1);
            code = row.getString(2);
            dwelling = row.getString(3);
            signal = row.getString(4);
        }
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        coordinator.get("/clients/" + clientId); // a read that the export's audit part must show
        long before = exports(clientId);

        HttpResponse<String> json = coordinator.get("/clients/" + clientId + "/export");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body())
                .contains(
                        "\"client\"",
                        code,
                        "\"profile\"",
                        "\"consentHistory\"",
                        "\"proposals\"",
                        "\"decisions\"",
                        "\"case\"",
                        dwelling,
                        "\"signals\"",
                        "\"accessLog\"",
                        "\"relatedAccessLogs\"",
                        "\"READ\"")
                .contains(json(signal));

        HttpResponse<String> document = coordinator.get("/clients/" + clientId + "/subject-access");
        assertThat(document.statusCode()).isEqualTo(200);
        String html = HtmlUtils.htmlUnescape(document.body());
        assertThat(html)
                .contains(
                        "Inzageverzoek: alle gegevens over cliënt " + code,
                        "Persoonsgegevens, woonbehoefteprofiel en besluiten",
                        "Maximale huur",
                        "Geschiedenis van de toestemming om te delen",
                        "Voorstellen",
                        "Beslissingen over de voorstellen",
                        "Plaatsingsdossier",
                        dwelling,
                        "Signalen",
                        signal,
                        "Toegangslog van de cliënt",
                        "De gebruiker opende de gegevens van deze cliënt.")
                .doesNotContain("??");
        assertThat(Jsoup.parse(document.body()).text())
                .as("the readable document names every code (phase, timeline step, audit subject) in Dutch")
                .doesNotContainPattern("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
        assertThat(json.body()).as("the download keeps the codes").contains("\"phase\"", "PLACEMENT_CASE");
        assertThat(exports(clientId) - before)
                .as("one audit record per download")
                .isEqualTo(2);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static long exports(long clientId) throws SQLException {
        try (Connection db = TestDatabase.open();
                PreparedStatement query = db.prepareStatement("select count(*) from audit_record"
                        + " where subject_type = 'CLIENT' and subject_id = ? and action = 'EXPORT'")) {
            query.setString(1, Long.toString(clientId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
