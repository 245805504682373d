package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of every role reads as Dutch: what a page shows (its text, the titles, labels and placeholders a user
 * or a screen reader meets) holds no code of the application (an upper-case identifier such as {@code
 * OUTFLOW_MO_ADULT}), no unresolved message key, no year with a thousands separator ("2.026"), no "1 woningen"-like
 * plural and no English word from a list.
 */
@IntegrationTest
class DutchTextIntegrationTests {

    /** An identifier of the code: upper case with an underscore, as enum constants and reason codes are written. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    /** Thymeleaf's mark for a message key it could not find ({@code ??key_nl??}). */
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");

    /**
     * A year of this century written with a thousands separator: "2.026". A count of that size followed by what it
     * counts ("2.025 wachtende cliënten") is a number written rightly, not a year.
     */
    private static final Pattern YEAR = Pattern.compile("\\b2\\.0[0-9]{2}\\b(?![.,]\\d)(?!\\s+\\p{Ll})");

    /** One of something, in the plural. */
    private static final Pattern SINGULAR_IN_PLURAL =
            Pattern.compile("(?<![\\d.,])\\b1 (woningen|voorstellen|voordrachten"
                    + "|cliënten|dagen|werkdagen|weken|maanden|jaren|trajecten|plaatsingen|meldingen|aanvragen|rondes"
                    + "|ronden|rijen|regels|personen|kinderen|volwassenen|kamers|stappen|organisaties|gebruikers)\\b");

    /** English words that have no place on a Dutch page. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|Submit|Save|Cancel|Delete|Search|Next"
            + "|Previous|Error|Loading|Forbidden|Unauthorized|Please|required|must|invalid|null|true|false|Page"
            + "|Not Found|Bad Request)\\b");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Test
    void everyPageOfEveryRoleShowsDutchWithoutCodesKeysOrWrongPlurals() throws Exception {
        Set<String> failures = new TreeSet<>();
        int pages = Pages.crawl(port, mappings, users, privileges, (account, path, response) -> {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                return;
            }
            // the administrator's pages list the codes of target groups and decline reasons as data to manage
            boolean codesAreData = path.startsWith("/admin");
            for (String problem : problems(shown(Jsoup.parse(response.body())), codesAreData)) {
                failures.add(account.username + " " + path + ": " + problem);
            }
        });
        System.out.println("TEXT: " + pages + " pages over " + TrustData.ACCOUNTS.size() + " roles read, "
                + failures.size() + " findings");
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
        assertThat(pages).isGreaterThan(50);
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        Document page = Jsoup.parse("<html lang=\"nl\"><body><p>Doelgroep OUTFLOW_MO_ADULT</p>"
                + "<h1 title=\"??dashboard.title_nl??\">Jaarplan 2.026</h1><p>1 woningen, the end</p>"
                + "<a href=\"/x?status=DRAFT_ONE\">gewoon</a><p>1.800 woningen, 21 dagen, 2.025 wachtende cliënten</p>"
                + "</body></html>");

        assertThat(problems(shown(page), false))
                .containsExactly(
                        "code OUTFLOW_MO_ADULT",
                        "unresolved key ??dashboard.title_nl??",
                        "year 2.026",
                        "plural 1 woningen",
                        "English the");
    }

    /** The text a user meets: the visible text and the attributes that are read out or shown. */
    private static String shown(Document page) {
        page.select("script, style, template, [hidden], link[hreflang], a[hreflang]")
                .remove();
        StringBuilder text = new StringBuilder(page.text());
        for (Element element : page.select("[title], [aria-label], [placeholder], [alt], input[type=submit][value]")) {
            for (String attribute : List.of("title", "aria-label", "placeholder", "alt")) {
                if (element.hasAttr(attribute)) {
                    text.append(' ').append(element.attr(attribute));
                }
            }
            if (element.is("input[type=submit]")) {
                text.append(' ').append(element.attr("value"));
            }
        }
        return text.toString();
    }

    private static List<String> problems(String text, boolean codesAreData) {
        List<String> problems = new ArrayList<>();
        if (!codesAreData) {
            find(CODE, text, "code ", problems);
        }
        find(UNRESOLVED, text, "unresolved key ", problems);
        find(YEAR, text, "year ", problems);
        find(SINGULAR_IN_PLURAL, text, "plural ", problems);
        find(ENGLISH, text, "English ", problems);
        return problems;
    }

    private static void find(Pattern pattern, String text, String kind, List<String> problems) {
        Matcher found = pattern.matcher(text);
        Set<String> seen = new TreeSet<>();
        while (found.find()) {
            if (seen.add(found.group())) {
                problems.add(kind + found.group());
            }
        }
    }
}
