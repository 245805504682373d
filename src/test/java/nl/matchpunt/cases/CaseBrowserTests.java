package nl.matchpunt.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.matchpunt.organisations.AccountService;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccountService accounts;

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
    void fromIntroductionVisitToTheLeaseInTheClientsOwnName() throws Exception {
        String today = LocalDate.now(AMSTERDAM).toString();
        long id = CaseTestData.open(
                transactions,
                events,
                CaseTestData.placement(
                        organisations,
                        "ymere",
                        "hvo-querido",
                        LocalDate.now(AMSTERDAM).minusDays(400),
                        false));
        String casePage = "/cases/" + id;

        Page hvo = browser.loggedIn("hvo");
        hvo.navigate(casePage);
        hvo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kennismaking vastleggen"))
                .click();
        hvo.getByLabel("Datum van de kennismaking").fill(today);
        hvo.getByLabel("Wie waren erbij en wat is afgesproken?")
                .fill("Begeleider, verhuurder en cliënt; buren ontmoet");
        hvo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kennismaking vastleggen"))
                .click();
        assertThat(hvo.getByRole(AriaRole.STATUS)).hasText("De kennismaking is vastgelegd.");

        Page ymere = browser.loggedIn("ymere");
        ymere.navigate(casePage);
        ymere.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaal melden"))
                .click();
        ymere.getByLabel("Soort signaal")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Overlastmelding van een buur"));
        ymere.getByLabel("Wat is er gezien of gemeld?").fill("Buurvrouw meldt harde muziek in de nacht");
        ymere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaal melden"))
                .click();
        assertThat(ymere.getByRole(AriaRole.STATUS)).containsText("Het signaal is gemeld");

        hvo.navigate(casePage);
        hvo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reageren op het signaal"))
                .click();
        hvo.getByLabel("De aanpak, zoals aan de melder verteld")
                .fill("Gesprek met cliënt; melder gebeld over de aanpak");
        hvo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie vastleggen"))
                .click();
        assertThat(hvo.getByRole(AriaRole.STATUS)).hasText("De reactie is vastgelegd.");
        assertThat(hvo.getByRole(
                                AriaRole.TABLE,
                                new Page.GetByRoleOptions()
                                        .setName("Signalen, zichtbaar voor corporatie en zorgaanbieder"))
                        .getByText("Gesprek met cliënt; melder gebeld over de aanpak"))
                .isVisible();

        hvo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omklap voorstellen"))
                .click();
        assertThat(hvo.locator("#transfer-guard")).containsText("Werkafspraken met een termijn staan nog open");
        fillCriteria(hvo);
        hvo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Omklap voorstellen"))
                .click();
        assertThat(hvo.getByText("De omklap kan nog niet worden voorgesteld").first())
                .isVisible();
        assertThat(hvo.locator("#daytimeActivityReason")).hasValue("Onderbouwing voor daytimeActivity");

        Page coordinator = browser.loggedIn("coordinator");
        coordinator.navigate(casePage);
        coordinator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omklap toestaan ondanks de voorwaarden"))
                .click();
        coordinator.getByLabel("Reden").fill("Besproken in het zorgoverleg: stabiel, de stappen lopen");
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toestaan"))
                .click();
        assertThat(coordinator.getByRole(AriaRole.STATUS))
                .containsText("Het volgende voorstel tot omklap is toegestaan");
        ymere.navigate(casePage);
        assertThat(ymere.getByText("Besproken in het zorgoverleg")).hasCount(0);

        hvo.navigate(casePage);
        assertThat(hvo.getByText("Omklap toegestaan ondanks de voorwaarden")).isVisible();
        hvo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omklap voorstellen"))
                .click();
        fillCriteria(hvo);
        hvo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Omklap voorstellen"))
                .click();
        assertThat(hvo.getByRole(AriaRole.STATUS)).containsText("De omklap is voorgesteld");
        assertThat(hvo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omklapvoorstel toetsen")))
                .isVisible();

        hvo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omklapvoorstel toetsen"))
                .click();
        hvo.getByLabel("Steunt het voorstel", new Page.GetByLabelOptions().setExact(true))
                .check();
        hvo.getByLabel("Onderbouwing van de toets").fill("Eigen voorstel toetsen");
        hvo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toets vastleggen"))
                .click();
        assertThat(hvo.getByText("De toets moet door een ander dan de indiener worden gedaan.")
                        .first())
                .isVisible();

        // the demo's second account at the care provider does the independent review
        Page reviewer = browser.loggedIn("hvo-toets");
        reviewer.navigate(casePage);
        reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omklapvoorstel toetsen"))
                .click();
        reviewer.getByLabel("Steunt het voorstel", new Page.GetByLabelOptions().setExact(true))
                .check();
        reviewer.getByLabel("Onderbouwing van de toets").fill("Criteria zijn goed onderbouwd");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toets vastleggen"))
                .click();
        assertThat(reviewer.getByRole(AriaRole.STATUS)).hasText("De toets is vastgelegd.");

        coordinator.navigate(casePage);
        coordinator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Besluiten over de omklap"))
                .click();
        coordinator.getByLabel("Goedkeuren").check();
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Besluit vastleggen"))
                .click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("De omklap is goedgekeurd");

        ymere.navigate(casePage);
        ymere.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Huurcontract op eigen naam vastleggen"))
                .click();
        ymere.getByLabel("Ingangsdatum van het huurcontract op naam van de cliënt")
                .fill(today);
        ymere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Huurcontract vastleggen"))
                .click();
        assertThat(ymere.getByRole(AriaRole.STATUS)).containsText("Het huurcontract op eigen naam is vastgelegd");
        assertThat(ymere.getByText("Huur op eigen naam (waakvlam)")).isVisible();
        assertThat(ymere.getByText("Omklap goedgekeurd door de gemeente")).isVisible();
    }

    private static void fillCriteria(Page hvo) {
        for (String criterion :
                new String[] {"daytimeActivity", "sociallyStable", "psychologicallyStable", "financiallyStable"}) {
            hvo.locator("#" + criterion + "Met").check();
            hvo.locator("#" + criterion + "Reason").fill("Onderbouwing voor " + criterion);
        }
    }
}
