package nl.matchpunt.trust;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.time.LocalDate;
import nl.matchpunt.matching.MatchingFixtures;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole path as its users walk it in Chromium: a corporation offers a dwelling, a care provider puts a
 * client forward, the coordinator makes the client eligible and runs the round, both parties accept, the case
 * opens for the care provider, and the placement counts in the coordinator's ledger and dashboard.
 */
@IntegrationTest
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholePathBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    Clock clock;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void fromVacancyToCaseAndDashboard() throws Exception {
        LocalDate today = LocalDate.now(clock);

        Page ymere = browser.loggedIn("ymere");
        ymere.navigate("/dwellings/new");
        int number = 100 + (int) (System.nanoTime() % 800);
        ymere.getByLabel("Eigen referentie").fill("PAD-" + System.nanoTime());
        ymere.getByLabel("Straat").fill("Meeuwenlaan");
        ymere.getByLabel("Huisnummer").fill(String.valueOf(number));
        ymere.getByLabel("Postcode").fill("1021 JB");
        ymere.getByLabel("Stadsdeel").selectOption(new SelectOption().setLabel("Noord"));
        ymere.getByLabel("Gebied").selectOption(new SelectOption().setLabel("Oud-Noord"));
        ymere.getByLabel("Kale huur (euro per maand)").fill("604,15");
        ymere.getByLabel("Aantal kamers").fill("2");
        ymere.getByLabel("Woonoppervlakte (m²)").fill("48");
        ymere.getByLabel("Verdieping").fill("0");
        ymere.getByLabel("Beschikbaar per").fill(today.toString());
        ymere.getByRole(AriaRole.BUTTON, named("Aanmelden")).click();
        assertThat(ymere.getByRole(AriaRole.STATUS)).hasText("De woning is aangemeld.");
        Long dwelling = PathData.idFrom(ymere.url(), "/dwellings/(\\d+)");

        Page hvo = browser.loggedIn("hvo");
        hvo.navigate("/clients/new");
        Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);
        hvo.getByLabel("Naam", exact).fill("Demo Padloper " + number);
        hvo.getByLabel("Geboortedatum").fill("1979-03-14");
        hvo.getByLabel("BSN", exact).fill(MatchingFixtures.testBsn());
        hvo.getByLabel("Persoonlijk begeleider", exact).fill("Begeleider Demo");
        hvo.getByLabel("Doelgroep", exact).selectOption(new SelectOption().setLabel("Omslag MO/BW volwassenen"));
        hvo.getByLabel("Inkomensklasse").selectOption(new SelectOption().setLabel("Bijstandsniveau"));
        hvo.getByRole(AriaRole.BUTTON, named("Aanmelden")).click();
        Long client = PathData.idFrom(hvo.url(), "/clients/(\\d+)/profile");
        hvo.getByLabel("Maximale huur (euro per maand)").fill("850");
        hvo.getByLabel("Maximaal aantal kamers").fill("3");
        hvo.getByRole(AriaRole.BUTTON, named("Profiel opslaan")).click();
        hvo.getByRole(AriaRole.BUTTON, named("Indienen voor urgentiebesluit")).click();
        assertThat(hvo.getByRole(AriaRole.STATUS)).containsText("ingediend voor een urgentiebesluit");

        Page coordinator = browser.loggedIn("coordinator");
        coordinator.navigate("/clients/" + client);
        coordinator.getByRole(AriaRole.LINK, named("Urgentiebesluit")).click();
        coordinator.getByRole(AriaRole.BUTTON, named("Urgentie toekennen")).click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("De urgentie is toegekend");

        coordinator.navigate("/rounds");
        coordinator.getByRole(AriaRole.BUTTON, named("Nieuwe ronde starten")).click();
        Long round = PathData.idFrom(coordinator.url(), "/rounds/(\\d+)");
        Long proposal = fixtures.keepOnly(round, dwelling, client);
        coordinator.reload();
        coordinator
                .getByRole(AriaRole.BUTTON, named("Ronde bevestigen en voordrachten versturen"))
                .click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("De ronde is bevestigd");

        ymere.navigate("/proposals/" + proposal);
        ymere.getByRole(AriaRole.BUTTON, named("Accepteren")).click();
        hvo.navigate("/proposals/" + proposal);
        hvo.getByRole(AriaRole.BUTTON, named("Accepteren")).click();
        assertThat(hvo.getByRole(AriaRole.STATUS)).containsText("de woning is toegewezen");

        Long placementCase = caseOf(proposal);
        hvo.navigate("/cases/" + placementCase);
        assertThat(hvo.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(PathData.codeOf(client));
        assertThat(hvo.getByText("Meeuwenlaan " + number).first()).isVisible();
        Browser.assertAccessible(hvo);

        org.assertj.core.api.Assertions.assertThat(
                        PathData.single("select count(*) from quota_placement where proposal_id = ?", proposal))
                .as("the placement is counted once in the quota ledger")
                .isEqualTo(1L);
        coordinator.navigate("/dashboard");
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Dashboard");
        Browser.assertAccessible(coordinator);
    }

    private static Long caseOf(Long proposal) throws Exception {
        return PathData.single("select id from placement_case where proposal_id = ?", proposal);
    }
}
