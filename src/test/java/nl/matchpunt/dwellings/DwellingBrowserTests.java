package nl.matchpunt.dwellings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DwellingBrowserTests {

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
    void ymereRegistersAVacancyAndSeesItListed() {
        Page page = browser.loggedIn("ymere");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Woningen").setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Woning aanmelden"))
                .click();
        String reference = DwellingTestData.uniqueReference("PW");

        page.getByLabel("Eigen referentie").fill(reference);
        page.getByLabel("Straat").fill("Javastraat");
        page.getByLabel("Huisnummer").fill("77");
        page.getByLabel("Postcode").fill("1094 hb");
        page.getByLabel("Stadsdeel").selectOption(new SelectOption().setLabel("Oost"));
        assertThat(page.getByLabel("Gebied")
                        .locator(
                                "option",
                                new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Watergraafsmeer")))
                .hasCount(1);
        page.getByLabel("Gebied").selectOption(new SelectOption().setLabel("Indische Buurt, Oostelijk Havengebied"));
        page.getByLabel("Kale huur (euro per maand)").fill("587,40");
        page.getByLabel("Aantal kamers").fill("2");
        page.getByLabel("Woonoppervlakte (m²)").fill("52");
        page.getByLabel("Verdieping").fill("1");
        page.getByLabel("Portiek (gedeelde ingang)").check();
        page.getByLabel("Beschikbaar per").fill(TestDates.soonIso());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De woning is aangemeld.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Woning Javastraat 77");

        page.navigate("/dwellings?status=AVAILABLE&availableFrom=" + TestDates.soonIso());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Javastraat 77")))
                .isVisible();
        assertThat(page.getByText(reference)).isVisible();
    }
}
