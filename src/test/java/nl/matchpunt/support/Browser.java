package nl.matchpunt.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright for Java, headless, never a downloaded browser. One per test class:
 * open it in {@code @BeforeAll} and close it in {@code @AfterAll}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static final double TIMEOUT_MILLIS = 120_000;

    private final Playwright playwright;

    private final com.microsoft.playwright.Browser browser;

    private final String baseUrl;

    public Browser(int port) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is missing: install it with 'apt-get install -y chromium'");
        }
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    /** A fresh page in a fresh context (no cookies), with the application as base URL. */
    public Page newPage() {
        BrowserContext context =
                browser.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("nl-NL"));
        // generous for actions and navigations: late in the whole suite a round is computed over the thousands of
        // vacancies that other tests registered, on a busy 2-core machine (assertions keep their own timeout)
        context.setDefaultTimeout(TIMEOUT_MILLIS);
        context.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
        return context.newPage();
    }

    /** A fresh page, logged in through the login form. */
    public Page loggedIn(String username) {
        Page page = newPage();
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(WebSession.DEMO_PASSWORD);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails on any serious or critical violation, naming
     * the rule and the elements.
     */
    public static void assertAccessible(Page page) {
        // a click resolves when the new page has started to render; axe must see the whole document, not the part of
        // a long table parsed so far (an anchor whose text has not arrived yet reads as a link without a name)
        page.waitForLoadState(LoadState.LOAD);
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> problems = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ") on " + page.url() + ": "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .limit(5)
                                .toList())
                .toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility violations:\n" + String.join("\n", problems));
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
