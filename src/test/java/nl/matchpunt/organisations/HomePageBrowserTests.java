package nl.matchpunt.organisations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role's next task is in sight the moment it logs in: the home page's first task, with its link, lies within
 * the first screen (1280 × 720) without scrolling. The screenshots this takes are the ones in the README
 * ({@code docs/screenshots}); they are written to {@code target/screenshots}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageBrowserTests {

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

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "ymere", "rochdale", "hvo", "leger"})
    void theFirstTaskIsOnTheFirstScreen(String username) {
        Page page = browser.loggedIn(username);

        Locator first = page.locator("table.tasks tbody tr").first().locator("a");
        assertThat(first).isVisible();
        BoundingBox box = first.boundingBox();
        int height = page.viewportSize().height;
        assertThat(box.y + box.height)
                .as("the first task of " + username + " without scrolling")
                .isLessThan(height);

        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "home-" + username + ".png")));
        Browser.assertAccessible(page);
    }
}
