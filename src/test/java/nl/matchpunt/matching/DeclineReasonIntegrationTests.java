package nl.matchpunt.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DeclineReasonIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DeclineReasonRepository reasons;

    @Test
    void theAdministratorAddsAReasonAndParkingNeedsItsDays() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("nameNl", "Cliënt verhuist naar familie");
        form.put("nameEn", "Client moves in with family");
        form.put("party", "CARE_PROVIDER");
        form.put("consequence", "PARK_CLIENT");
        form.put("parkDays", "");

        HttpResponse<String> refused = admin.postForm("/admin/decline-reasons", "/admin/decline-reasons", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Vul het aantal dagen in").contains("verhuist naar familie\"");
        assertThat(reasons.findByCode(code)).isEmpty();

        form.put("parkDays", "30");
        assertThat(admin.postForm("/admin/decline-reasons", "/admin/decline-reasons", form)
                        .statusCode())
                .isEqualTo(302);
        DeclineReason saved = reasons.findByCode(code).orElseThrow();
        assertThat(saved.getParkDays()).isEqualTo(30);
        assertThat(admin.get("/admin/decline-reasons").body()).contains(code, "30 dagen");
    }

    @Test
    void onlyTheAdministratorKeepsTheReasons() {
        assertThat(WebSession.loggedIn(port, "coordinator")
                        .get("/admin/decline-reasons")
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "hvo")
                        .get("/admin/decline-reasons/1")
                        .statusCode())
                .isEqualTo(403);
    }
}
