package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.matchpunt.organisations.ApiKeyService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Item 1 of the trust issue: every endpoint that takes an id, generated from the request mappings, tried by every
 * demo account of another organisation with real ids of records it does not own and with guessed ids.
 *
 * <p>The one consistent answer: a role the URL rules do not admit at all gets 403 (Spring Security answers before
 * any record is looked up, so the answer says nothing about the record); a role that may use the page but does
 * not own the record gets 404, exactly as for an id that does not exist. The municipality's coordinator oversees
 * all organisations and is only a stranger where the URL rules keep it out. The JSON API is tried with the API key
 * of the other corporation (404 both for foreign and for guessed ids).
 */
@IntegrationTest
class CrossOrganisationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    RunAs runAs;

    private final List<String> failures = new ArrayList<>();

    private int attempts;

    private int leaks;

    @Test
    void noOrganisationReadsOrChangesAnotherOrganisationsRecord() throws Exception {
        TrustData data = new TrustData();
        Endpoints endpoints = Endpoints.of(mappings);
        Map<String, Attacker> attackers = new LinkedHashMap<>();
        for (String username : TrustData.ACCOUNTS) {
            attackers.put(username, new Attacker(port, username, users, privileges));
        }
        Map<String, String> apiKeysByAccount = new LinkedHashMap<>();
        for (String corporation : List.of("ymere", "rochdale")) {
            long organisation = data.account(corporation).organisationId();
            apiKeysByAccount.put(
                    corporation,
                    runAs.get("admin", () -> apiKeys.issue(organisation, "trust-matrix-" + corporation))
                            .key());
        }

        List<String> unclassified = new ArrayList<>();
        int endpointsTried = 0;
        for (Endpoints.Endpoint endpoint : endpoints.all()) {
            String idVariable = endpoint.idVariable();
            if (idVariable == null) {
                if (endpoint.hasVariables()) {
                    unclassified.add(endpoint + " (no id variable)");
                }
                continue;
            }
            endpointsTried++;
            String kind = TrustData.kind(endpoint, idVariable);
            Map<String, String> before = endpoint.changesState() ? TrustData.checksums() : Map.of();
            // an API call records when its key was last used: that is the key's bookkeeping, not the record
            List<String> ignored = endpoint.isApi() ? List.of("api_key") : List.of();
            if (kind == null) {
                unclassified.add(endpoint.toString());
                tryUnclassified(endpoint, attackers);
            } else if (endpoint.isApi()) {
                tryApi(endpoint, kind, data, apiKeysByAccount);
            } else {
                tryWeb(endpoint, kind, data, attackers);
            }
            if (endpoint.changesState()) {
                List<String> changed = new ArrayList<>(TrustData.changed(before, TrustData.checksums()));
                changed.removeAll(ignored);
                if (!changed.isEmpty()) {
                    leaks++;
                    failures.add(endpoint + " changed " + changed);
                }
            }
        }

        System.out.println("TRUST cross-organisation: " + endpointsTried + " endpoints with an id, " + attempts
                + " attempts, " + leaks + " leaks, " + unclassified.size() + " unclassified endpoints"
                + (unclassified.isEmpty() ? "" : " " + unclassified));
        assertThat(failures).as("cross-organisation failures").isEmpty();
        assertThat(leaks).isZero();
        assertThat(attempts).isGreaterThan(300);
    }

    /** The one leak the matrix found: an invalid edit form of another provider's client was shown again (200). */
    @Test
    void anInvalidEditOfAnotherProvidersClientIsNotFound() throws Exception {
        TrustData data = new TrustData();
        Long foreign = data.ownedBy("clients", data.account("leger").organisationId());
        Attacker hvo = new Attacker(port, "hvo", users, privileges);
        Map<String, String> before = TrustData.checksums();

        HttpResponse<String> response = hvo.post("/clients/" + foreign + "/edit", Map.of("name", ""));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TrustData.changed(before, TrustData.checksums())).isEmpty();
    }

    private void tryWeb(Endpoints.Endpoint endpoint, String kind, TrustData data, Map<String, Attacker> attackers)
            throws Exception {
        long guessed = data.guessedId(kind);
        for (TrustData.Victim victim : data.victims(kind)) {
            for (Attacker attacker : attackers.values()) {
                TrustData.Account account = data.account(attacker.username);
                String path = path(endpoint, victim.id(), data);
                boolean allowed = attacker.mayUse(path, endpoint.method());
                boolean stranger = !victim.owners().contains(account.organisationId()) && !account.isMunicipality();
                if (allowed && !stranger) {
                    continue;
                }
                String guessedPath = path(endpoint, guessed, data);
                HttpResponse<String> missing = attacker.send(endpoint.method(), guessedPath, true);
                int expected = expected(allowed, missing);
                check(endpoint, attacker.username, guessedPath, missing, expected, null);
                check(
                        endpoint,
                        attacker.username,
                        path,
                        attacker.send(endpoint.method(), path, true),
                        expected,
                        victim);
            }
        }
    }

    /**
     * 403 where the URL rules keep the role out; otherwise the answer for an id that does not exist, which must be
     * 404, or 403 where method security keeps the role out of this one action (coordinator-only decisions under
     * {@code /clients/**}, for example). A foreign record must get exactly that answer too.
     */
    private int expected(boolean allowed, HttpResponse<String> missing) {
        if (!allowed) {
            return 403;
        }
        return missing.statusCode() == 403 ? 403 : 404;
    }

    private void tryApi(Endpoints.Endpoint endpoint, String kind, TrustData data, Map<String, String> keys)
            throws Exception {
        long guessed = data.guessedId(kind);
        for (TrustData.Victim victim : data.victims(kind)) {
            for (Map.Entry<String, String> key : keys.entrySet()) {
                if (victim.owners().contains(data.account(key.getKey()).organisationId())) {
                    continue;
                }
                for (long id : new long[] {victim.id(), guessed}) {
                    String path = path(endpoint, id, data);
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("X-API-Key", key.getValue())
                            .header("Accept", "application/json");
                    if (endpoint.changesState()) {
                        request.header("Content-Type", "application/json")
                                .method(
                                        endpoint.method(),
                                        HttpRequest.BodyPublishers.ofString("{\"reason\":\"trust\"}"));
                    }
                    HttpResponse<String> response =
                            attackerlessClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
                    check(endpoint, "api:" + key.getKey(), path, response, 404, id == guessed ? null : victim);
                }
            }
        }
    }

    private void tryUnclassified(Endpoints.Endpoint endpoint, Map<String, Attacker> attackers) {
        String path = endpoint.path(variable -> "987654321");
        for (Attacker attacker : attackers.values()) {
            HttpResponse<String> response = attacker.send(endpoint.method(), path, true);
            attempts++;
            if (response.statusCode() != 403 && response.statusCode() != 404) {
                failures.add(endpoint + " as " + attacker.username + " with a guessed id: " + response.statusCode());
            }
        }
    }

    private static java.net.http.HttpClient attackerlessClient() {
        return java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
    }

    private String path(Endpoints.Endpoint endpoint, long id, TrustData data) {
        String idVariable = endpoint.idVariable();
        return endpoint.path(variable -> {
            if (variable.equals(idVariable)) {
                return Long.toString(id);
            }
            String kind = TrustData.kind(endpoint, variable);
            try {
                Long other = kind == null || !Endpoints.Endpoint.isId(variable) ? null : data.anyId(kind);
                return other == null ? "1" : other.toString();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void check(
            Endpoints.Endpoint endpoint,
            String who,
            String path,
            HttpResponse<String> response,
            int expected,
            TrustData.Victim victim) {
        attempts++;
        String body = response.body() == null ? "" : response.body();
        if (victim != null) {
            for (String marker : victim.markers()) {
                if (body.contains(marker) || body.contains(HtmlUtils.htmlEscape(marker))) {
                    leaks++;
                    failures.add("LEAK " + endpoint + " as " + who + " at " + path + ": shows '" + marker + "'");
                }
            }
        }
        if (response.statusCode() != expected) {
            failures.add(endpoint + " as " + who + " at " + path + ": " + response.statusCode() + " instead of "
                    + expected + (victim == null ? " (guessed id)" : " (foreign id)"));
        }
    }
}
