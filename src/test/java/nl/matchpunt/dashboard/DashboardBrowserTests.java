package nl.matchpunt.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.quota.PlanView;
import nl.matchpunt.quota.QuotaService;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    QuotaService quota;

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
    void theCoordinatorAppliesTheSuggestedAdjustmentInOneStep() {
        int year = LocalDate.now(AMSTERDAM).getYear();
        int versionsBefore = quota.plan(year).orElseThrow().history().size();
        List<String> errors = new ArrayList<>();
        Page page = browser.loggedIn("coordinator");
        page.onConsoleMessage(message -> {
            // the layout's htmx injects its indicator style, which the CSP refuses; not the dashboard's doing
            if (message.type().equals("error") && !message.location().contains("/htmx.org/")) {
                errors.add(message.location() + " " + message.text());
            }
        });
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Dashboard").setExact(true))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard")))
                .isVisible();
        page.waitForFunction(
                "() => window.Chart && document.querySelectorAll('canvas.dashboard-chart').length > 0 "
                        + "&& Array.from(document.querySelectorAll('canvas.dashboard-chart')).every(c => window.Chart.getChart(c))");
        assertThat(page.locator("#table-forecast")).isVisible();

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Voorgestelde bijsturing toepassen als nieuwe versie"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De bijsturing is opgeslagen als nieuwe versie.");
        assertThat(page.locator("#plan-history")).containsText("Voorgestelde bijsturing naar de prognose van");
        PlanView plan = quota.plan(year).orElseThrow();
        assertThat(plan.history()).hasSize(versionsBefore + 1);
        assertThat(plan.content().total())
                .isEqualTo(plan.history().get(1).content().total());
        assertThat(errors).isEmpty();

        page.navigate("/dashboard");
        assertThat(page.getByText("Het jaarplan volgt de prognose al; er is geen bijsturing voorgesteld."))
                .isVisible();
    }

    @Test
    void aClosedSectionStaysClosedAndTheLongWaitersHaveTheirOwnPages() {
        Page page = browser.loggedIn("coordinator");
        page.navigate("/dashboard");
        assertThat(page.locator("#table-spread")).isVisible();

        page.locator("#section-spread > summary").click();
        assertThat(page.locator("#table-spread")).isHidden();
        page.reload();
        assertThat(page.locator("#table-spread")).isHidden();
        assertThat(page.locator("#table-groups")).isVisible();
        page.locator("#section-spread > summary").click();
        assertThat(page.locator("#table-spread")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk de langst wachtende cliënten"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Langst wachtende cliënten")))
                .isVisible();
        assertThat(page.locator("#table-waiting tbody tr")).hasCount(DashboardService.WAITING_PAGE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Volgende"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/dashboard/waiting\\?.*page=1.*"));
        assertThat(page.locator("#table-waiting tbody tr").first()).isVisible();
    }
}
