package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.clients.BsnTests;
import nl.matchpunt.clients.ClientPages;
import nl.matchpunt.dwellings.DwellingForms;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Item 8 of the trust issue: a form sent twice — a double click, or "back" and send again — creates one record, and
 * the second sending lands where the first did, saying so. Every posting form on every page of every role carries
 * the submission token that makes this work.
 */
@IntegrationTest
class DoubleSubmitIntegrationTests {

    private static final Pattern POSTING_FORM =
            Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL);

    private static final String ALREADY_SENT = "Dit formulier was al verzonden";

    @LocalServerPort
    int port;

    @Autowired
    GeographyService geography;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Test
    void everyPostingFormOnEveryPageOfEveryRoleCarriesASubmissionToken() throws Exception {
        List<String> without = new ArrayList<>();
        int[] forms = {0};
        int pages = Pages.crawl(port, mappings, users, privileges, (account, path, response) -> {
            Matcher form = POSTING_FORM.matcher(response.body());
            while (form.find()) {
                forms[0]++;
                if (!form.group(1).contains("name=\"_submission\"")) {
                    without.add(account.username + " " + path);
                }
            }
        });
        System.out.println("TRUST double-submit tokens: " + forms[0] + " posting forms on " + pages + " pages, "
                + without.size() + " without a submission token");
        assertThat(without).isEmpty();
        assertThat(forms[0]).isGreaterThan(pages);
    }

    @Test
    void backAndSendAgainRegistersTheVacancyOnceAndShowsTheFirstResult() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String reference = "DUBBEL-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = filled(ymere, DwellingForms.fields(geography, reference));

        HttpResponse<String> first = ymere.postRaw("/dwellings", form);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        String created = first.headers().firstValue("Location").orElseThrow();
        assertThat(ymere.get(path(created)).body())
                .contains("De woning is aangemeld")
                .doesNotContain(ALREADY_SENT);

        HttpResponse<String> again = ymere.postRaw("/dwellings", form);

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).contains(created);
        assertThat(dwellingsWith(reference)).isEqualTo(1);
        String shown = ymere.get(path(created)).body();
        assertThat(shown).contains(ALREADY_SENT, reference);
    }

    @Test
    void aDoubleClickOnTheClientFormRegistersOneClient() throws Exception {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String name = ClientPages.uniqueName();
        Long targetGroup =
                jdbc.queryForObject("select id from target_group where code = 'OMSLAG_MO_BW_ADULT'", Long.class);
        Map<String, String> form = filled(
                hvo, ClientPages.personalFields(name, BsnTests.randomValid(), targetGroup), "/clients/new", "/clients");

        int clicks = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return hvo.postRaw("/clients", form);
            }));
        }
        start.countDown();
        List<String> locations = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isIn(302, 303);
            locations.add(response.headers().firstValue("Location").orElseThrow());
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from client where name = ?", Integer.class, name))
                .isEqualTo(1);
        assertThat(locations).hasSize(clicks).allMatch(location -> location.equals(locations.get(0)));
    }

    @Test
    void aFormRefusedForAFieldErrorCanBeCorrectedAndSentWithTheSameToken() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        String reference = "HERSTEL-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = filled(ymere, DwellingForms.fields(geography, reference));
        Map<String, String> wrong = new LinkedHashMap<>(form);
        wrong.put("rooms", "");

        HttpResponse<String> refused = ymere.postRaw("/dwellings", wrong);
        HttpResponse<String> corrected = ymere.postRaw("/dwellings", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Het formulier is nog niet goed ingevuld")
                .doesNotContain(ALREADY_SENT);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(302);
        assertThat(dwellingsWith(reference)).isEqualTo(1);
    }

    @Test
    void anotherUsersSubmissionTokenIsRefusedAndLeadsNowhere() {
        WebSession ymere = WebSession.loggedIn(port, "ymere");
        WebSession rochdale = WebSession.loggedIn(port, "rochdale");
        String reference = "ANDER-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = filled(ymere, DwellingForms.fields(geography, reference));
        assertThat(ymere.postRaw("/dwellings", form).statusCode()).isEqualTo(302);

        Map<String, String> borrowed =
                new LinkedHashMap<>(filled(rochdale, DwellingForms.fields(geography, reference)));
        borrowed.put("_submission", form.get("_submission"));
        HttpResponse<String> answer = rochdale.postRaw("/dwellings", borrowed);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(dwellingsWith(reference)).isEqualTo(1);
    }

    private static Map<String, String> filled(WebSession session, Map<String, String> fields) {
        return filled(session, fields, "/dwellings/new", "/dwellings");
    }

    private static Map<String, String> filled(
            WebSession session, Map<String, String> fields, String page, String action) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        Map<String, String> hidden = session.hiddenFields(page, action);
        assertThat(hidden).containsKeys("_csrf", "_submission");
        form.put("_csrf", hidden.get("_csrf"));
        form.put("_submission", hidden.get("_submission"));
        return form;
    }

    private int dwellingsWith(String reference) {
        return jdbc.queryForObject("select count(*) from dwelling where own_reference = ?", Integer.class, reference);
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
