package nl.matchpunt.clients;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientBrowserTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aDoubleClickOnTheRegisterButtonRegistersTheClientOnce() {
        String name = ClientPages.uniqueName();
        Page hvo = browser.loggedIn("hvo");
        hvo.navigate("/clients/new");
        hvo.getByLabel("Naam", exact()).fill(name);
        hvo.getByLabel("Geboortedatum").fill("1979-02-03");
        hvo.getByLabel("BSN", exact()).fill(BsnTests.randomValid());
        hvo.getByLabel("Persoonlijk begeleider", exact()).fill("Begeleider Demo");
        hvo.getByLabel("Doelgroep", exact()).selectOption(new SelectOption().setLabel("Omslag MO/BW volwassenen"));
        hvo.getByLabel("Inkomensklasse").selectOption(new SelectOption().setLabel("Bijstandsniveau"));

        hvo.getByRole(AriaRole.BUTTON, named("Aanmelden")).dblclick();

        hvo.waitForURL(Pattern.compile(".*/clients/\\d+/profile$"));
        assertThat(hvo.getByRole(AriaRole.STATUS)).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.queryForObject("select count(*) from client where name = ?", Integer.class, name))
                .isEqualTo(1);
    }

    @Test
    void hvoRegistersAClientWithAProfileAndTheCoordinatorMakesItEligible() {
        String name = ClientPages.uniqueName();
        Page hvo = browser.loggedIn("hvo");
        hvo.getByRole(AriaRole.LINK, named("Cliënten")).first().click();
        hvo.getByRole(AriaRole.LINK, named("Cliënt aanmelden")).click();

        hvo.getByLabel("Naam", exact()).fill(name);
        hvo.getByLabel("Geboortedatum").fill("1985-06-01");
        hvo.getByLabel("BSN", exact()).fill(BsnTests.randomValid());
        hvo.getByLabel("Persoonlijk begeleider", exact()).fill("Begeleider Demo");
        hvo.getByLabel("Doelgroep", exact()).selectOption(new SelectOption().setLabel("Omslag MO/BW volwassenen"));
        hvo.getByLabel("Inkomensklasse").selectOption(new SelectOption().setLabel("Bijstandsniveau"));
        hvo.getByRole(AriaRole.BUTTON, named("Aanmelden")).click();

        assertThat(hvo.getByRole(AriaRole.STATUS)).containsText("Vul nu het woonbehoefteprofiel in");
        Matcher matcher = Pattern.compile("/clients/(\\d+)/profile").matcher(hvo.url());
        org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
        String id = matcher.group(1);

        hvo.getByLabel("Maximale huur (euro per maand)").fill("780");
        hvo.getByLabel("Maximaal aantal kamers").fill("2");
        hvo.getByLabel("Lift nodig").check();
        hvo.getByLabel("Voorkeur voor stadsdelen").selectOption(new SelectOption().setLabel("Noord"));
        hvo.getByRole(AriaRole.BUTTON, named("Profiel opslaan")).click();
        assertThat(hvo.getByRole(AriaRole.STATUS)).containsText("woonbehoefteprofiel en de toestemming");
        assertThat(hvo.getByText("€ 780,00")).isVisible();

        hvo.getByRole(AriaRole.BUTTON, named("Indienen voor urgentiebesluit")).click();
        assertThat(hvo.getByRole(AriaRole.STATUS)).containsText("ingediend voor een urgentiebesluit");
        String code = hvo.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                .textContent()
                .strip()
                .split("\\s")[0];

        Page coordinator = browser.loggedIn("coordinator");
        coordinator.getByRole(AriaRole.LINK, named("Urgentieaanvragen")).first().click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, named("Urgentieaanvragen")))
                .isVisible();
        coordinator.getByRole(AriaRole.LINK, named("Cliënten")).first().click();
        coordinator.getByLabel("Zoeken op naam, cliëntcode of BSN").fill(code);
        coordinator.getByRole(AriaRole.BUTTON, named("Filteren")).click();
        coordinator.getByRole(AriaRole.LINK, named(code)).click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(name);
        coordinator.getByRole(AriaRole.LINK, named("Urgentiebesluit")).click();
        coordinator.getByRole(AriaRole.BUTTON, named("Urgentie toekennen")).click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("De urgentie is toegekend");

        coordinator.navigate("/clients/" + id);
        assertThat(coordinator.getByText("Urgent, wachtend")).isVisible();
        assertThat(coordinator.getByText("(0 dagen wachtend)")).isVisible();
    }
}
