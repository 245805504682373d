package nl.matchpunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The default profile (embedded H2 in PostgreSQL mode, demo data) boots and serves the login page. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DefaultProfileSmokeTests {

    @LocalServerPort
    int port;

    @Test
    void servesTheLoginPageAndTheDemoCoordinatorLogsIn() {
        HttpResponse<String> login = new WebSession(port).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Inloggen");

        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        assertThat(coordinator.get("/").body()).contains("Welkom, Coördinator (demo)");
    }
}
