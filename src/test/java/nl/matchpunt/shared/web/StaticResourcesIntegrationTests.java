package nl.matchpunt.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Issue 20: the resource chain versions style sheets and scripts (a content hash in the name, a year in the browser's
 * cache), and the links of a page never reach it: they are written as they are, without a class-path look-up.
 */
@IntegrationTest
class StaticResourcesIntegrationTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    private static final Pattern HASHED = Pattern.compile(".+-[0-9a-f]{32}\\.(?:css|js)");

    private static final String A_YEAR = "max-age=31536000";

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void pagesLinkStyleSheetsAndScriptsUnderTheirContentHashAndBrowsersKeepThemForAYear() {
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        List<String> assets = new ArrayList<>();
        assets.addAll(assets(coordinator.get("/clients")));
        assets.addAll(assets(coordinator.get("/dashboard")));

        assertThat(assets)
                .as("the layout's style sheet and htmx, the dashboard's style sheet, Chart.js and its own script")
                .anySatisfy(url -> assertThat(url).startsWith("/css/matchpunt-"))
                .anySatisfy(url -> assertThat(url).startsWith("/webjars/htmx.org/2."))
                .anySatisfy(url -> assertThat(url).startsWith("/css/dashboard-"))
                .anySatisfy(url -> assertThat(url).startsWith("/webjars/chart.js/4."))
                .anySatisfy(url -> assertThat(url).startsWith("/js/dashboard-charts-"))
                .allSatisfy(url -> assertThat(url).matches(HASHED));

        WebSession anonymous = new WebSession(port);
        for (String url : assets) {
            HttpResponse<String> answer = anonymous.get(url);
            assertThat(answer.statusCode()).as(url).isEqualTo(200);
            assertThat(answer.body()).as(url).isNotBlank();
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .as(url)
                    .hasValueSatisfying(value -> assertThat(value).contains(A_YEAR));
        }
    }

    @Test
    void anErrorPageLinksTheVersionedStyleSheetToo() {
        HttpResponse<String> notFound = WebSession.loggedIn(port, "coordinator").get("/no-such-page");

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(assets(notFound)).anySatisfy(url -> assertThat(url).matches("/css/matchpunt-[0-9a-f]{32}\\.css"));
    }

    @Test
    void pageLinksAreWrittenAsTheyAreAndNeverReachTheResourceResolution() {
        String clients =
                WebSession.loggedIn(port, "coordinator").get("/clients").body();

        assertThat(clients)
                .contains("href=\"/clients/queue\"")
                .contains("href=\"/dwellings\"")
                .contains("href=\"/proposals\"");
        // The resource chain resolves a link only when a resource handler's pattern matches it; Spring Boot's
        // default /** matched every link of every page.
        for (String link : List.of("/clients/123", "/clients/queue", "/proposals", "/dashboard", "/", "/login")) {
            assertThat(resourceUrls.getHandlerMap().keySet())
                    .as(link)
                    .noneMatch(pattern -> new org.springframework.util.AntPathMatcher().match(pattern, link));
        }
    }

    @Test
    void onlyTheHashedNameIsServedSoNothingIsCachedForAYearUnderAChangingName() {
        WebSession anonymous = new WebSession(port);

        assertThat(anonymous.get("/css/matchpunt.css").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/js/dashboard-charts.js").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/webjars/htmx.org/dist/htmx.min.js").statusCode())
                .isEqualTo(404);
        assertThat(anonymous
                        .get("/css/matchpunt-0123456789abcdef0123456789abcdef.css")
                        .statusCode())
                .as("a hash that is not the file's")
                .isEqualTo(404);
    }

    private static List<String> assets(HttpResponse<String> page) {
        List<String> urls = new ArrayList<>();
        Matcher matcher = ASSET.matcher(page.body());
        while (matcher.find()) {
            urls.add(matcher.group(1));
        }
        return urls;
    }
}
