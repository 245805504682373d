package nl.matchpunt.organisations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void coordinatorLogsInAndSeesTheStartPage() {
        Page page = browser.loggedIn("coordinator");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welkom, Coördinator (demo)");
        assertThat(page.getByText("Gemeente Amsterdam")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")))
                .hasCount(0);
    }

    @Test
    void wrongPasswordShowsTheDutchMessage() {
        Page page = browser.newPage();
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill("coordinator");
        page.getByLabel("Wachtwoord").fill("verkeerd-wachtwoord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Gebruikersnaam of wachtwoord is onjuist.");
        assertThat(page.getByLabel("Gebruikersnaam")).hasValue("coordinator");
    }
}
