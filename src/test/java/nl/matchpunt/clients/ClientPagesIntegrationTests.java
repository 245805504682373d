package nl.matchpunt.clients;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.matchpunt.audit.AuditEntry;
import nl.matchpunt.audit.AuditService;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.support.ErrorSummary;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ClientPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ClientService clients;

    @Autowired
    AuditService audit;

    @Autowired
    OrganisationService organisations;

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
    void aCareProviderRegistersAClientAndSeesItsDetailsAndItInItsList() {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String name = ClientPages.uniqueName();
        String bsn = BsnTests.randomValid();
        Long id = ClientPages.register(hvo, name, bsn, targetGroupId);

        String detail = hvo.get("/clients/" + id).body();
        assertThat(detail).contains(name, bsn, "Concept", "Omslag MO/BW volwassenen");
        assertThat(hvo.get("/clients?q=" + name.replace(" ", "+")).body()).contains(name);
        assertThat(hvo.postForm("/clients/bsn-search", "/clients", Map.of("bsn", bsn))
                        .body())
                .as("search by whole BSN")
                .contains(name);
    }

    @Test
    void theBsnIsStoredOnlyEncrypted() throws SQLException {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String bsn = BsnTests.randomValid();
        Long id = ClientPages.register(hvo, ClientPages.uniqueName(), bsn, targetGroupId);

        String stored = column(id, "bsn_encrypted");
        assertThat(stored).isNotBlank().doesNotContain(bsn);
        assertThat(column(id, "bsn_index")).doesNotContain(bsn);
    }

    @Test
    void careProviderBCannotSeeOrChangeTheClientOfA() throws SQLException {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String name = ClientPages.uniqueName();
        String bsn = BsnTests.randomValid();
        Long id = ClientPages.register(hvo, name, bsn, targetGroupId);
        WebSession leger = WebSession.loggedIn(port, "leger");

        for (String page : List.of("", "/edit", "/profile", "/withdraw", "/access-log")) {
            HttpResponse<String> response = leger.get("/clients/" + id + page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).doesNotContain(name);
        }
        assertThat(leger.get("/clients/" + id + "/export").statusCode()).isIn(403, 404);
        assertThat(leger.get("/clients?q=" + name.replace(" ", "+")).body()).contains("Cliënten (0 gevonden)");
        assertThat(leger.postForm("/clients/bsn-search", "/clients", Map.of("bsn", bsn))
                        .body())
                .contains("Cliënten (0 gevonden)");
        assertThat(leger.get("/clients?careProvider=" + hvoId()).body()).doesNotContain(name);

        Map<String, String> changed = ClientPages.personalFields("Overgenomen", BsnTests.randomValid(), targetGroupId);
        assertThat(leger.postForm("/clients/" + id + "/edit", "/clients/new", changed)
                        .statusCode())
                .isEqualTo(404);
        assertThat(leger.postForm("/clients/" + id + "/profile", "/clients/new", ClientPages.profileFields("0"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(leger.postForm("/clients/" + id + "/submit", "/clients/new", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(leger.postForm("/clients/" + id + "/withdraw", "/clients/new", Map.of("reason", "weg"))
                        .statusCode())
                .isEqualTo(404);

        assertThat(column(id, "name")).isEqualTo(name);
        assertThat(column(id, "status")).isEqualTo("DRAFT");
        assertThat(column(id, "max_rent")).isNull();
    }

    @Test
    void aCorporationUserCanNeverOpenAClientPage() {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        Long id = ClientPages.register(hvo, ClientPages.uniqueName(), BsnTests.randomValid(), targetGroupId);
        WebSession ymere = WebSession.loggedIn(port, "ymere");

        for (String page : List.of(
                "/clients",
                "/clients/new",
                "/clients/queue",
                "/clients/" + id,
                "/clients/" + id + "/edit",
                "/clients/" + id + "/profile",
                "/clients/" + id + "/access-log",
                "/clients/" + id + "/export",
                "/clients/" + id + "/decision")) {
            HttpResponse<String> response = ymere.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.body()).contains("Geen toegang");
        }
        assertThat(ymere.postForm("/clients/" + id + "/withdraw", "/", Map.of("reason", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "admin").get("/clients/" + id).statusCode())
                .isEqualTo(403);
    }

    @Test
    void pagesPerRole() {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        WebSession admin = WebSession.loggedIn(port, "admin");
        Long id = ClientPages.register(hvo, ClientPages.uniqueName(), BsnTests.randomValid(), targetGroupId);

        assertThat(hvo.get("/clients").statusCode()).isEqualTo(200);
        assertThat(hvo.get("/clients/new").statusCode()).isEqualTo(200);
        assertThat(hvo.get("/clients/" + id + "/edit").statusCode()).isEqualTo(200);
        assertThat(hvo.get("/clients/" + id + "/profile").statusCode()).isEqualTo(200);
        assertThat(hvo.get("/clients/" + id + "/withdraw").statusCode()).isEqualTo(200);
        assertThat(hvo.get("/clients/" + id + "/access-log").statusCode()).isEqualTo(200);
        assertThat(hvo.get("/clients/queue").statusCode()).isEqualTo(403);
        assertThat(hvo.get("/clients/" + id + "/decision").statusCode()).isEqualTo(403);
        assertThat(hvo.get("/clients/" + id + "/park").statusCode()).isEqualTo(403);
        assertThat(hvo.get("/clients/" + id + "/export").statusCode()).isEqualTo(403);
        assertThat(hvo.get("/admin/target-groups").statusCode()).isEqualTo(403);

        assertThat(coordinator.get("/clients").body()).contains("Zorgaanbieder");
        assertThat(coordinator.get("/clients?status=ELIGIBLE&minDaysWaiting=91").statusCode())
                .isEqualTo(200);
        assertThat(coordinator.get("/clients/" + id).statusCode()).isEqualTo(200);
        assertThat(coordinator.get("/clients/" + id + "/access-log").statusCode())
                .isEqualTo(200);
        assertThat(coordinator.get("/clients/queue").statusCode()).isEqualTo(200);
        assertThat(coordinator.get("/clients/" + id + "/decision").statusCode()).isEqualTo(200);
        assertThat(coordinator.get("/clients/" + id + "/park").statusCode()).isEqualTo(200);
        assertThat(coordinator.get("/clients/new").statusCode()).isEqualTo(403);
        assertThat(coordinator.get("/clients/" + id + "/edit").statusCode()).isEqualTo(403);
        assertThat(coordinator.get("/admin/target-groups").statusCode()).isEqualTo(403);

        assertThat(admin.get("/clients").statusCode()).isEqualTo(403);
        assertThat(admin.get("/admin/target-groups").body()).contains("Omslag MO/BW volwassenen");
    }

    @Test
    void everyReadOfTheDetailPageIsExactlyOneAuditRecord() {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        Long id = ClientPages.register(hvo, ClientPages.uniqueName(), BsnTests.randomValid(), targetGroupId);
        long before = audit.count("CLIENT", id);

        hvo.get("/clients/" + id);
        assertThat(audit.count("CLIENT", id)).isEqualTo(before + 1);
        AuditEntry latest = audit.accessLog("CLIENT", id).get(0);
        assertThat(latest.action()).isEqualTo("READ");
        assertThat(latest.username()).isEqualTo("hvo");
        assertThat(latest.organisationId()).isEqualTo(hvoId());

        WebSession.loggedIn(port, "coordinator").get("/clients/" + id);
        assertThat(audit.count("CLIENT", id)).isEqualTo(before + 2);
        assertThat(audit.accessLog("CLIENT", id).get(0).username()).isEqualTo("coordinator");

        WebSession.loggedIn(port, "leger").get("/clients/" + id);
        assertThat(audit.count("CLIENT", id)).as("a refused read reads nothing").isEqualTo(before + 2);
        assertThat(hvo.get("/clients/" + id + "/access-log").body()).contains("coordinator", "Ingezien");
    }

    @Test
    void badInputIsShownInDutchAtTheFieldAndKeepsWhatWasTyped() {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String name = ClientPages.uniqueName();
        HttpResponse<String> badBsn =
                hvo.postForm("/clients", "/clients/new", ClientPages.personalFields(name, "123456789", targetGroupId));
        assertThat(badBsn.statusCode()).isEqualTo(200);
        assertThat(badBsn.body())
                .contains("Dit is geen geldig BSN (negen cijfers die voldoen aan de elfproef).")
                .contains("value=\"" + name + "\"");

        Long id = ClientPages.register(hvo, name, BsnTests.randomValid(), targetGroupId);
        String page = "/clients/" + id + "/profile";
        Map<String, String> profile = ClientPages.profileFields(ClientPages.version(hvo, page));
        profile.put("minRooms", "4");
        profile.put("maxRooms", "2");
        profile.put("maxRent", "1750");
        HttpResponse<String> response = hvo.postForm(page, page, profile);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Het maximale aantal kamers moet minstens zo groot zijn als het minimale aantal.")
                .contains("Vul een maximale huur in van meer dan 0 en hoogstens 1.500 euro.")
                .contains("value=\"1750\"");
        // the rule over two fields is shown at the field to correct, and the error summary links to that field
        assertThat(response.body())
                .containsPattern("id=\"maxRooms-error\"[^>]*>Het maximale aantal kamers moet minstens zo groot");
        assertThat(ErrorSummary.targets(response.body())).containsExactlyInAnyOrder("maxRent", "maxRooms");
        assertThat(ErrorSummary.linksWithoutField(response.body())).isEmpty();

        HttpResponse<String> submitted = hvo.postForm("/clients/" + id + "/submit", "/clients/" + id, Map.of());
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(hvo.get("/clients/" + id).body()).contains("Vul eerst het woonbehoefteprofiel in");
    }

    @Test
    void theCoordinatorApprovesFromTheQueueAndTheClockStarts() throws SQLException {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String name = ClientPages.uniqueName();
        Long id = ClientPages.register(hvo, name, BsnTests.randomValid(), targetGroupId);
        ClientPages.profileAndSubmit(hvo, id);
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        assertThat(coordinator.get("/clients/queue").statusCode()).isEqualTo(200);

        HttpResponse<String> future = coordinator.postForm(
                "/clients/" + id + "/approve",
                "/clients/" + id + "/decision",
                Map.of("eligibleSince", LocalDate.now(AMSTERDAM).plusDays(5).toString()));
        assertThat(future.body()).contains("De urgentiedatum kan niet in de toekomst liggen.");
        HttpResponse<String> noReason = coordinator.postForm(
                "/clients/" + id + "/reject", "/clients/" + id + "/decision", Map.of("reason", " "));
        assertThat(noReason.body()).contains("Vul dit veld in.");
        assertThat(column(id, "status")).isEqualTo("SUBMITTED");

        String date = LocalDate.now(AMSTERDAM).minusDays(2).toString();
        ClientPages.approve(coordinator, id, date);
        assertThat(column(id, "status")).isEqualTo("ELIGIBLE");
        assertThat(column(id, "eligible_since")).isEqualTo(date);
        assertThat(coordinator.get("/clients/" + id).body()).contains("Urgent, wachtend", "2 dagen wachtend");

        HttpResponse<String> again = coordinator.postForm(
                "/clients/" + id + "/reject", "/clients/" + id + "/decision", Map.of("reason", "toch niet"));
        assertThat(again.body()).contains("Alleen een ingediende cliënt kan worden afgewezen.");
        assertThat(column(id, "status")).isEqualTo("ELIGIBLE");
    }

    @Test
    void theCoordinatorParksAndUnparksAndTheCareProviderWithdraws() throws SQLException {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        Long id = ClientPages.register(hvo, ClientPages.uniqueName(), BsnTests.randomValid(), targetGroupId);
        ClientPages.profileAndSubmit(hvo, id);
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        ClientPages.approve(coordinator, id, LocalDate.now(AMSTERDAM).toString());

        HttpResponse<String> parked = coordinator.postForm(
                "/clients/" + id + "/park",
                "/clients/" + id + "/park",
                Map.of("until", LocalDate.now(AMSTERDAM).plusDays(30).toString(), "reason", "Tijdelijke opname"));
        assertThat(parked.statusCode()).isEqualTo(302);
        assertThat(column(id, "status")).isEqualTo("PARKED");
        coordinator.postForm("/clients/" + id + "/unpark", "/clients/" + id, Map.of());
        assertThat(column(id, "status")).isEqualTo("ELIGIBLE");

        HttpResponse<String> withdrawn = hvo.postForm(
                "/clients/" + id + "/withdraw", "/clients/" + id + "/withdraw", Map.of("reason", "Elders gehuisvest"));
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(column(id, "status")).isEqualTo("WITHDRAWN");
        assertThat(hvo.get("/clients/" + id + "/edit").statusCode()).isEqualTo(302);
    }

    @Test
    void theCoordinatorExportsEverythingAboutOneClientAndTheExportIsAudited() {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String name = ClientPages.uniqueName();
        String bsn = BsnTests.randomValid();
        Long id = ClientPages.register(hvo, name, bsn, targetGroupId);
        hvo.get("/clients/" + id);

        HttpResponse<String> export = WebSession.loggedIn(port, "coordinator").get("/clients/" + id + "/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", ".json");
        assertThat(export.body()).contains(name, bsn, "Begeleider Test", "accessLog", "\"READ\"");
        assertThat(audit.accessLog("CLIENT", id).get(0).action()).isEqualTo("EXPORT");
    }

    @Test
    void theAdministratorKeepsTheTargetGroups() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        String code = "TEST_" + System.nanoTime();
        HttpResponse<String> created = admin.postForm(
                "/admin/target-groups",
                "/admin/target-groups",
                Map.of(
                        "code",
                        code,
                        "name",
                        "Testgroep",
                        "_countsTowardsQuota",
                        "on",
                        "withSupport",
                        "true",
                        "_withSupport",
                        "on"));
        assertThat(created.statusCode()).isEqualTo(302);
        TargetGroupSummary group = clients.targetGroups().stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(group.countsTowardsQuota()).isFalse();
        assertThat(group.withSupport()).isTrue();

        HttpResponse<String> changed = admin.postForm(
                "/admin/target-groups/" + group.id() + "/edit",
                "/admin/target-groups/" + group.id() + "/edit",
                Map.of(
                        "name",
                        "Testgroep anders",
                        "countsTowardsQuota",
                        "true",
                        "_countsTowardsQuota",
                        "on",
                        "_withSupport",
                        "on",
                        "_active",
                        "on"));
        assertThat(changed.statusCode()).isEqualTo(302);
        TargetGroupSummary after = clients.targetGroup(group.id());
        assertThat(after.name()).isEqualTo("Testgroep anders");
        assertThat(after.countsTowardsQuota()).isTrue();
        assertThat(after.active()).as("unticked").isFalse();
        assertThat(clients.activeTargetGroups()).doesNotContain(after);

        HttpResponse<String> duplicate =
                admin.postForm("/admin/target-groups", "/admin/target-groups", Map.of("code", code, "name", "Nog een"));
        assertThat(duplicate.body()).contains("Deze code is al in gebruik.");
    }

    @Test
    void demoDataHasWaitingClientsOfAllThreeCareProviders() {
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        assertThat(coordinator.get("/clients?status=ELIGIBLE").body()).containsPattern("Cliënten \\((\\d{3})");
        assertThat(coordinator.get("/clients?minDaysWaiting=92").body()).contains("Langer dan drie maanden");
    }

    private Long hvoId() {
        return organisations.findByCode("hvo-querido").orElseThrow().id();
    }

    private static String column(Long id, String column) throws SQLException {
        try (Connection connection = TestDatabase.open();
                PreparedStatement statement =
                        connection.prepareStatement("select " + column + " from client where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
