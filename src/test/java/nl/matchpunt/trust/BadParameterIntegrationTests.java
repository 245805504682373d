package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import nl.matchpunt.organisations.ApiKeyService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Item 7 of the trust issue, for what arrives outside a form body: every GET mapping of the application (read from
 * its request mappings) gets each request parameter it declares, and page, size, sort, year and quarter besides, in
 * turn with hostile values (huge and negative numbers, no number, 10,000 characters, unicode, a date far beyond any
 * calendar, nothing), as every demo account that may open it, and the API's GET endpoints with an API key. Never a
 * 5xx; a refusal is a Dutch error page, or for the API a problem detail (RFC 9457) in Dutch. Besides, a form sent
 * with a submission token far longer than any the application issues.
 */
@IntegrationTest
@Tag("slow")
class BadParameterIntegrationTests {

    /** Parameters every page gets, whether it declares them or not: the ones lists and dashboards read. */
    static final List<String> COMMON = List.of("page", "size", "sort", "year", "quarter");

    static final Map<String, String> VALUES = values();

    /** A demo account of each role (the second corporation and care provider reach the same mappings). */
    static final List<String> ONE_PER_ROLE = List.of("coordinator", "admin", "ymere", "hvo");

    private static final Pattern NOT_DUTCH = Pattern.compile(
            "HTTP Status|Whitelabel|Bad Request|Not Found|Method Not Allowed|Failed to|must |java\\.|exception",
            Pattern.CASE_INSENSITIVE);

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

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("largest int", Integer.toString(Integer.MAX_VALUE));
        values.put("huge number", "99999999999999999999");
        values.put("a billion", "1000000000");
        values.put("negative", Integer.toString(Integer.MIN_VALUE));
        values.put("no number", "abc");
        values.put("10,000 characters", "x".repeat(10_000));
        values.put("unicode and emoji", "Zoë 😀 漢字 \u202e");
        values.put("far date", "+999999999-12-31");
        values.put("empty", "");
        return values;
    }

    @Test
    void noParameterOfAnyGetMappingAnswersWithAServerError() throws Exception {
        Endpoints endpoints = Endpoints.of(mappings);
        TrustData data = new TrustData();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        Set<String> reached = new LinkedHashSet<>();
        long start = System.nanoTime();
        for (String username : ONE_PER_ROLE) {
            Attacker account = new Attacker(port, username, users, privileges);
            for (Endpoints.Endpoint endpoint : endpoints.gets()) {
                if (endpoint.isApi()) {
                    continue;
                }
                String path = Pages.fill(endpoint, data, data.account(username));
                if (path == null || !account.mayUse(path, "GET")) {
                    continue;
                }
                reached.add(endpoint.toString());
                List<Callable<String>> calls = new ArrayList<>();
                for (List<String> parameter : parameters(endpoint)) {
                    for (Map.Entry<String, String> value : VALUES.entrySet()) {
                        String target = withParameters(path, parameter, value.getValue());
                        calls.add(() -> {
                            String problem = pageProblem(account.session.get(target));
                            return problem == null
                                    ? null
                                    : endpoint + " as " + username + ", " + parameter + " = " + value.getKey() + ": "
                                            + problem;
                        });
                    }
                }
                requests += run(clients, calls, failures);
            }
            HttpResponse<String> longToken =
                    account.post("/notifications/read", Map.of("_submission", "s".repeat(10_000)));
            requests++;
            String problem = pageProblem(longToken);
            if (problem != null) {
                failures.add(
                        "POST /notifications/read with a 10,000-character _submission as " + username + ": " + problem);
            }
        }

        long ymere = jdbc.queryForObject("select id from organisation where code = 'ymere'", Long.class);
        String key = runAs.get("admin", () -> apiKeys.issue(ymere, "trust-bad-parameters"))
                .key();
        Long dwelling = jdbc.queryForObject("select max(id) from dwelling where corporation_id = ?", Long.class, ymere);
        for (Endpoints.Endpoint endpoint : endpoints.gets()) {
            if (!endpoint.isApi()) {
                continue;
            }
            reached.add(endpoint.toString());
            String path = endpoint.path(variable -> String.valueOf(dwelling));
            List<Callable<String>> calls = new ArrayList<>();
            for (List<String> parameter : parameters(endpoint)) {
                for (Map.Entry<String, String> value : VALUES.entrySet()) {
                    String target = withParameters(path, parameter, value.getValue());
                    calls.add(() -> {
                        String problem = apiProblem(api(target, key));
                        return problem == null
                                ? null
                                : endpoint + ", " + parameter + " = " + value.getKey() + ": " + problem;
                    });
                }
            }
            requests += run(clients, calls, failures);
        }

        clients.shutdown();
        System.out.println("TRUST bad parameters: " + requests + " requests in "
                + (System.nanoTime() - start) / 1_000_000_000 + " s, "
                + failures.stream().filter(f -> f.contains("status 5")).count() + " server errors, "
                + reached.size() + " GET mappings x " + VALUES.size() + " values, " + failures.size()
                + " failures " + failures);
        assertThat(failures).isEmpty();
        assertThat(reached.size()).isGreaterThan(30);
    }

    /** Sends the requests, a few at a time as browsers of several users would; returns how many were sent. */
    private static int run(ExecutorService clients, List<Callable<String>> calls, List<String> failures)
            throws InterruptedException, ExecutionException {
        for (Future<String> result : clients.invokeAll(calls)) {
            if (result.get() != null) {
                failures.add(result.get());
            }
        }
        return calls.size();
    }

    /**
     * What to send the hostile values in: each request parameter the handler declares on its own, and the common
     * ones together (most pages ignore them, so one request per value finds any page that reads one of them badly).
     */
    static List<List<String>> parameters(Endpoints.Endpoint endpoint) {
        Set<String> names = new LinkedHashSet<>();
        for (Parameter parameter : endpoint.handler().getMethod().getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                names.add(name.isEmpty() ? parameter.getName() : name);
            } else if (parameter.isAnnotationPresent(ModelAttribute.class)) {
                names.addAll(BadInputIntegrationTests.fields(parameter.getType()));
            }
        }
        List<List<String>> sets = new ArrayList<>();
        names.forEach(name -> sets.add(List.of(name)));
        sets.add(COMMON);
        return sets;
    }

    private static String withParameters(String path, List<String> parameters, String value) {
        StringBuilder target = new StringBuilder(path);
        for (String parameter : parameters) {
            target.append(target.indexOf("?") < 0 ? '?' : '&')
                    .append(parameter)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return target.toString();
    }

    /** What is wrong with a page's answer, or null when it is a page, a download, a redirect or a Dutch refusal. */
    static String pageProblem(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "status " + status;
        }
        if (status < 400) {
            return null;
        }
        String body = response.body();
        if (!body.contains("lang=\"nl\"") || NOT_DUTCH.matcher(body).find()) {
            return "status " + status + " without a Dutch page: " + body.substring(0, Math.min(200, body.length()));
        }
        return null;
    }

    static String apiProblem(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status < 400) {
            return null;
        }
        String body = response.body();
        if (status >= 500) {
            return "status " + status + ": " + body.substring(0, Math.min(200, body.length()));
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                || !body.contains("\"detail\":")
                || NOT_DUTCH.matcher(body).find()) {
            return "status " + status + " without a Dutch problem detail: "
                    + body.substring(0, Math.min(200, body.length()));
        }
        return null;
    }

    private HttpResponse<String> api(String path, String key) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("X-API-Key", key)
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
