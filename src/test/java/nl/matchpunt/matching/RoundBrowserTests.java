package nl.matchpunt.matching;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The weekly round as its users walk it: coordinator, corporation and care provider, in Chromium. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    ProposalRepository proposals;

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

    @Test
    void coordinatorConfirmsARoundBothPartiesAcceptAndTheClientIsPlaced() {
        Long dwelling = fixtures.dwelling("ymere");
        Long client = fixtures.eligibleClient("hvo", LocalDate.now(clock).minusDays(61));

        Page coordinator = browser.loggedIn("coordinator");
        coordinator.navigate("/rounds");
        Browser.assertAccessible(coordinator);
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe ronde starten"))
                .click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("De ronde is berekend");
        Long roundId =
                Long.valueOf(coordinator.url().substring(coordinator.url().lastIndexOf('/') + 1));
        Browser.assertAccessible(coordinator);

        Proposal ours =
                proposals.findById(fixtures.keepOnly(roundId, dwelling, client)).orElseThrow();
        coordinator.reload();
        assertThat(coordinator.getByText(ours.getClientCode())).isVisible();
        coordinator
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Ronde bevestigen en voordrachten versturen"))
                .click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("De ronde is bevestigd");

        Page ymere = browser.loggedIn("ymere");
        ymere.navigate("/proposals/" + ours.getId());
        assertThat(ymere.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(ours.getClientCode());
        Browser.assertAccessible(ymere);
        ymere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepteren"))
                .click();
        assertThat(ymere.getByRole(AriaRole.STATUS)).containsText("De andere partij beslist nog");

        Page hvo = browser.loggedIn("hvo");
        hvo.navigate("/proposals");
        hvo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ours.getDwellingLabel()))
                .first()
                .click();
        hvo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepteren"))
                .click();
        assertThat(hvo.getByRole(AriaRole.STATUS)).containsText("de woning is toegewezen");

        hvo.navigate("/clients/" + client);
        assertThat(hvo.getByText("Geplaatst").first()).isVisible();
        ymere.navigate("/dwellings/" + dwelling);
        assertThat(ymere.getByText("Toegewezen").first()).isVisible();
    }
}
