package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.matchpunt.matching.MatchingFixtures;
import nl.matchpunt.support.Browser;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import nl.matchpunt.trust.KeyboardWalk.Focus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main flows done with the keyboard alone in Chromium: only Tab, Shift+Tab, Enter, Space, the arrow keys and
 * typed text, and no address typed after the login page. Each flow counts its key presses and checks every focus
 * stop (see {@link KeyboardWalk}), and prints one {@code TRUST keyboard:} line.
 */
@IntegrationTest
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardBrowserTests {

    private static final String NEXT_PAGE = "Volgende";

    /** The order in which Chromium's date field takes day, month and year; it follows the browser's language. */
    private static DateTimeFormatter typedDate = DateTimeFormatter.ofPattern("ddMMyyyy");

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
        typedDate = dateFieldOrder();
    }

    /** Types 01-02-2003 into a bare date field to learn whether this Chromium reads day, month or year first. */
    private DateTimeFormatter dateFieldOrder() {
        Page page = browser.newPage();
        try {
            page.setContent("<!DOCTYPE html><label for=d>d</label><input id=d type=date>");
            page.keyboard().press("Tab");
            page.keyboard().type("01022003");
            Object value = page.evaluate("() => document.getElementById('d').value");
            return switch (String.valueOf(value)) {
                case "2003-02-01" -> DateTimeFormatter.ofPattern("ddMMyyyy");
                case "2003-01-02" -> DateTimeFormatter.ofPattern("MMddyyyy");
                default -> DateTimeFormatter.ofPattern("yyyyMMdd");
            };
        } finally {
            page.context().close();
        }
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void logInThenSkipToTheContent() {
        Page page = browser.newPage();
        page.navigate("/login");
        KeyboardWalk walk = new KeyboardWalk(page, "login");

        Focus start = walk.focus();
        walk.expect(start.named("Gebruikersnaam"), "the login page starts on " + start.describe());
        walk.tabTo("Gebruikersnaam");
        walk.type("ymere");
        walk.tabTo("Wachtwoord");
        walk.type("not-the-password");
        walk.tabTo("Inloggen");
        walk.follow();
        walk.expect(page.url().contains("/login"), "a wrong password did not stay on the login page");
        walk.expect(
                "Gebruikersnaam of wachtwoord is onjuist."
                        .equals(page.locator("[role=alert]").first().textContent()),
                "the wrong password is not announced in an alert");
        Focus afterError = walk.focus();
        walk.expect(
                afterError.named("Gebruikersnaam") || afterError.named("Wachtwoord"),
                "after the error focus is not in the login form but on " + afterError.describe());
        walk.roundTheWholePage(40);

        walk.tabTo("Gebruikersnaam");
        if (!"ymere".equals(valueOfFocused(page))) {
            walk.type("ymere");
        }
        walk.tabTo("Wachtwoord");
        walk.type(WebSession.DEMO_PASSWORD);
        walk.tabTo("Inloggen");
        walk.follow();
        walk.expect(!page.url().contains("/login"), "the right password did not log in");

        walk.press("Tab");
        Focus skip = walk.focus();
        walk.expect(skip.named("Naar de inhoud"), "the first Tab stop is not the skip link but " + skip.describe());
        walk.press("Enter");
        Focus target = walk.focus();
        walk.expect("main".equals(target.tag()), "the skip link moved focus to " + target.describe());
        walk.press("Tab");
        Focus first = walk.focus();
        walk.expect(first.inMain(), "after the skip link Tab went to " + first.describe() + ", outside the content");
        walk.roundTheWholePage(80);
        assertThat(walk.report()).as("what a keyboard user runs into").isEmpty();
    }

    @Test
    void fromVacancyToACompletedCaseStep() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int number = 100 + (int) (System.nanoTime() % 800);
        List<String> problems = new ArrayList<>();

        // A corporation registers a vacancy through the menu and the form.
        KeyboardWalk ymere = logIn("ymere", "vacancy");
        ymere.tabTo("Woningen");
        ymere.follow();
        ymere.tabTo("Woning aanmelden");
        ymere.follow();
        ymere.roundTheWholePage(80);
        ymere.tabTo("Aanmelden");
        ymere.follow();
        errorSummaryLeadsToTheField(ymere);
        ymere.tabTo("Eigen referentie");
        ymere.type("KEY-" + System.nanoTime());
        ymere.tabTo("Straat");
        ymere.type("Meeuwenlaan");
        ymere.tabTo("Huisnummer");
        ymere.type(String.valueOf(number));
        ymere.tabTo("Postcode");
        ymere.type("1021 JB");
        ymere.tabTo("Stadsdeel");
        choose(ymere, "Noord");
        ymere.page()
                .waitForFunction("() => [...document.querySelectorAll('#areaId option')]"
                        + ".some(o => o.textContent.trim() === 'Oud-Noord')");
        Focus afterReload = ymere.focus();
        ymere.expect(
                afterReload.named("Stadsdeel"),
                "reloading the areas moved focus off the district to " + afterReload.describe());
        ymere.press("Tab");
        Focus area = ymere.focus();
        ymere.expect(area.named("Gebied"), "Tab after the district went to " + area.describe());
        choose(ymere, "Oud-Noord");
        ymere.tabTo("Kale huur (euro per maand)");
        ymere.type("604,15");
        ymere.tabTo("Aantal kamers");
        ymere.type("2");
        ymere.tabTo("Woonoppervlakte (m²)");
        ymere.type("48");
        ymere.tabTo("Verdieping");
        ymere.type("0");
        ymere.tabTo("Beschikbaar per");
        typeDate(ymere, today);
        ymere.tabTo("Aanmelden");
        ymere.follow();
        expectStatus(ymere, "De woning is aangemeld.");
        Long dwelling = PathData.idFrom(ymere.page().url(), "/dwellings/(\\d+)");
        problems.addAll(ymere.report());

        // A care provider registers a client, fills the profile and submits it.
        KeyboardWalk hvo = logIn("hvo", "client");
        hvo.tabTo("Cliënten");
        hvo.follow();
        hvo.tabTo("Cliënt aanmelden");
        hvo.follow();
        hvo.tabTo("Naam");
        hvo.type("Demo Toetsenbord " + number);
        hvo.tabTo("Geboortedatum");
        typeDate(hvo, LocalDate.of(1979, 3, 14));
        hvo.tabTo("BSN");
        hvo.type(MatchingFixtures.testBsn());
        hvo.tabTo("Persoonlijk begeleider");
        hvo.type("Begeleider Demo");
        hvo.tabTo("Doelgroep");
        choose(hvo, "Omslag MO/BW volwassenen");
        hvo.tabTo("Inkomensklasse");
        choose(hvo, "Bijstandsniveau");
        hvo.tabTo("Aanmelden");
        hvo.follow();
        Long client = PathData.idFrom(hvo.page().url(), "/clients/(\\d+)/profile");
        hvo.tabTo("Maximale huur (euro per maand)");
        hvo.type("850");
        hvo.tabTo("Maximaal aantal kamers");
        hvo.type("3");
        hvo.tabTo("Profiel opslaan");
        hvo.follow();
        hvo.tabTo("Indienen voor urgentiebesluit");
        hvo.follow();
        expectStatus(hvo, "De cliënt is ingediend voor een urgentiebesluit.");
        problems.addAll(hvo.report());

        // The coordinator approves the client from the queue.
        String code = PathData.codeOf(client);
        KeyboardWalk coordinator = logIn("coordinator", "eligibility");
        coordinator.tabTo("Urgentieaanvragen");
        coordinator.follow();
        tabToAcrossPages(coordinator, "the decision link for " + code, f -> f.named("Urgentiebesluit voor " + code));
        coordinator.follow();
        coordinator.tabTo("Urgentiedatum");
        if (valueOfFocused(coordinator.page()).isEmpty()) {
            typeDate(coordinator, today);
        }
        coordinator.tabTo("Urgentie toekennen");
        coordinator.follow();
        expectStatus(coordinator, "De urgentie is toegekend; de cliënt wacht nu op een woning.");
        problems.addAll(coordinator.report());

        // The coordinator opens a round and confirms it, pinned to this pair.
        KeyboardWalk round = new KeyboardWalk(coordinator.page(), "round");
        round.tabTo("Matchronde");
        round.follow();
        // one round is open at a time: the button may also name the open round it closes
        round.tabTo(Pattern.compile("Nieuwe ronde starten.*"));
        round.follow();
        Long roundId = PathData.idFrom(round.page().url(), "/rounds/(\\d+)");
        Long proposal = fixtures.keepOnly(roundId, dwelling, client);
        round.tabTo("Matchronde");
        round.follow();
        round.tabTo("the link to round " + roundId, f -> f.href().endsWith("/rounds/" + roundId), 80);
        round.follow();
        round.tabTo("Ronde bevestigen en voordrachten versturen");
        round.follow();
        expectStatus(
                round,
                "De ronde is bevestigd; de woningcorporaties en zorgaanbieders hebben de voordrachten ontvangen.");
        problems.addAll(round.report());

        // Both parties accept the proposal.
        KeyboardWalk corporationAccepts = new KeyboardWalk(ymere.page(), "accept-corporation");
        accept(corporationAccepts, proposal);
        expectStatus(corporationAccepts, "U heeft de voordracht geaccepteerd. De andere partij beslist nog.");
        problems.addAll(corporationAccepts.report());
        KeyboardWalk careProviderAccepts = new KeyboardWalk(hvo.page(), "accept-care-provider");
        accept(careProviderAccepts, proposal);
        careProviderAccepts.expect(
                statusText(hvo.page()).contains("de woning is toegewezen"),
                "the second acceptance does not say the dwelling is allocated: " + statusText(hvo.page()));
        problems.addAll(careProviderAccepts.report());

        // The care provider opens the case and completes a step.
        Long placementCase = PathData.single("select id from placement_case where proposal_id = ?", proposal);
        KeyboardWalk caseWalk = new KeyboardWalk(hvo.page(), "case-step");
        caseWalk.tabTo("Trajecten");
        caseWalk.follow();
        tabToAcrossPages(
                caseWalk, "the link to case " + placementCase, f -> f.href().endsWith("/cases/" + placementCase));
        caseWalk.follow();
        caseWalk.tabTo(Pattern.compile("Werkafspraak \\d+ vastleggen"));
        caseWalk.follow();
        caseWalk.tabTo("Gedaan");
        caseWalk.press("Space");
        caseWalk.expect(
                Boolean.TRUE.equals(caseWalk.page().evaluate("() => document.activeElement.checked")),
                "Space did not choose the outcome");
        caseWalk.tabTo("Datum");
        if (valueOfFocused(caseWalk.page()).isEmpty()) {
            typeDate(caseWalk, today);
        }
        caseWalk.tabTo("Vastleggen");
        caseWalk.follow();
        caseWalk.expect(statusText(caseWalk.page()).isEmpty(), "a step without its note was recorded");
        errorSummaryLeadsToTheField(caseWalk);
        caseWalk.tabTo("Toelichting (bewijs of reden)");
        caseWalk.type("Aanbod besproken met cliënt en begeleider.");
        caseWalk.tabTo("Vastleggen");
        caseWalk.follow();
        expectStatus(caseWalk, "De werkafspraak is vastgelegd.");
        problems.addAll(caseWalk.report());
        assertThat(problems).as("what a keyboard user runs into").isEmpty();
    }

    /** Opens the login page (the one address typed in a flow) and logs in with the keyboard. */
    private KeyboardWalk logIn(String username, String flow) {
        Page page = browser.newPage();
        page.navigate("/login");
        KeyboardWalk walk = new KeyboardWalk(page, flow);
        walk.tabTo("Gebruikersnaam");
        walk.type(username);
        walk.tabTo("Wachtwoord");
        walk.type(WebSession.DEMO_PASSWORD);
        walk.tabTo("Inloggen");
        walk.follow();
        assertThat(page.url()).as("%s logged in", username).doesNotContain("/login");
        return walk;
    }

    private static void accept(KeyboardWalk walk, Long proposal) {
        walk.tabTo("Voordrachten");
        walk.follow();
        tabToAcrossPages(walk, "the link to proposal " + proposal, f -> f.href().endsWith("/proposals/" + proposal));
        walk.follow();
        walk.tabTo("Accepteren");
        walk.follow();
    }

    /** After a form is sent empty, focus is on the error summary, and its first link moves focus to the field. */
    private static void errorSummaryLeadsToTheField(KeyboardWalk walk) {
        Focus landing = walk.focus();
        walk.expect(
                "error-summary".equals(landing.id()),
                "after a refused form focus is on " + landing.describe() + ", not on the error summary");
        walk.tabTo("the first link in the error summary", f -> f.href().startsWith("#"), 40);
        Focus link = walk.focus();
        String target = link.href().substring(1);
        walk.press("Enter");
        Focus field = walk.focus();
        walk.expect(
                field.id().equals(target),
                "the summary link " + link.describe() + " moved focus to " + field.describe());
    }

    /** Tabs to what is wanted, following the pager's next link when the list has more pages. */
    private static void tabToAcrossPages(KeyboardWalk walk, String wanted, Predicate<Focus> match) {
        for (int page = 0; page < 40; page++) {
            Focus focus = walk.tabTo(wanted + " or the next page", match.or(f -> f.named(NEXT_PAGE)), 200);
            if (match.test(focus)) {
                return;
            }
            walk.follow();
        }
        throw new AssertionError(wanted + " not found on 40 pages");
    }

    /** Chooses an option of the focused select with the arrow keys, as a keyboard user does. */
    private static void choose(KeyboardWalk walk, String label) {
        @SuppressWarnings("unchecked")
        Map<String, Object> select = (Map<String, Object>) walk.page()
                .evaluate("() => ({options: [...document.activeElement.options].map(o => o.textContent.trim()),"
                        + " selected: document.activeElement.selectedIndex})");
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) select.get("options");
        int wanted = options.indexOf(label);
        if (wanted < 0) {
            throw new AssertionError("no option " + label + " in " + options);
        }
        int selected = ((Number) select.get("selected")).intValue();
        for (int i = selected; i < wanted; i++) {
            walk.press("ArrowDown");
        }
        for (int i = selected; i > wanted; i--) {
            walk.press("ArrowUp");
        }
        Object chosen =
                walk.page().evaluate("() => document.activeElement.selectedOptions[0]?.textContent.trim() ?? ''");
        walk.expect(label.equals(chosen), "the arrow keys chose " + chosen + " instead of " + label);
    }

    /** Types a date into the focused date field, segment by segment as Chromium shows it (dd-mm-jjjj). */
    private static void typeDate(KeyboardWalk walk, LocalDate date) {
        walk.type(typedDate.format(date));
        String value = valueOfFocused(walk.page());
        walk.expect(date.toString().equals(value), "typing the date " + date + " gave '" + value + "'");
    }

    private static String valueOfFocused(Page page) {
        return String.valueOf(page.evaluate("() => document.activeElement.value ?? ''"));
    }

    private static String statusText(Page page) {
        return page.locator("[role=status]").count() == 0
                ? ""
                : page.locator("[role=status]").first().textContent().trim();
    }

    private static void expectStatus(KeyboardWalk walk, String message) {
        String status = statusText(walk.page());
        Page page = walk.page();
        String alert = page.locator("[role=alert]").count() == 0
                ? ""
                : page.locator("[role=alert]")
                        .first()
                        .textContent()
                        .replaceAll("\\s+", " ")
                        .trim();
        walk.expect(
                message.equals(status),
                "expected the message '" + message + "' but saw '" + status + "' and the alert '" + alert + "'");
    }
}
