package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Item 9 of the trust issue: a client that names another host ({@code Host}, or {@code X-Forwarded-Host} from an
 * address Tomcat trusts as a proxy) is never sent there. The redirect to the login page from a protected page, the
 * redirect after logging in, after a form (post/redirect/get) and after logging out, each with a forged host: no
 * {@code Location} names the forged host. The requests are written on a plain socket, since Java's HTTP client
 * does not let a caller choose the {@code Host} header.
 */
@IntegrationTest
class HostHeaderIntegrationTests {

    private static final String FORGED = "evil.example";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /** A raw answer: status, headers (lower-case names, first value) and body. */
    record Answer(int status, Map<String, String> headers, List<String> cookies, String body) {

        String location() {
            return headers.getOrDefault("location", "");
        }
    }

    @Test
    void noRedirectFollowsAForgedHost() throws Exception {
        List<String> failures = new ArrayList<>();
        int redirects = 0;
        for (String header : List.of("Host", "X-Forwarded-Host")) {
            Map<String, String> forged = header.equals("Host")
                    ? Map.of("Host", FORGED)
                    : Map.of("Host", "localhost:" + port, "X-Forwarded-Host", FORGED);

            Answer protectedPage = send("GET", "/dwellings", forged, null, "");
            redirects += check(failures, header + " on a protected page", protectedPage);

            Answer loginPage = send("GET", "/login", forged, null, "");
            String cookie = cookie(loginPage, null);
            Answer login = send(
                    "POST",
                    "/login",
                    forged,
                    cookie,
                    form(Map.of(
                            "username",
                            "coordinator",
                            "password",
                            WebSession.DEMO_PASSWORD,
                            "_csrf",
                            token(loginPage))));
            redirects += check(failures, header + " on logging in", login);
            cookie = cookie(login, cookie);

            Answer home = send("GET", "/notifications", forged, cookie, "");
            assertThat(home.status()).as(home.body()).isEqualTo(200);
            Answer posted = send("POST", "/notifications/read", forged, cookie, form(Map.of("_csrf", token(home))));
            redirects += check(failures, header + " after a form (post/redirect/get)", posted);

            Answer again = send("GET", "/notifications", forged, cookie, "");
            Answer logout = send("POST", "/logout", forged, cookie, form(Map.of("_csrf", token(again))));
            redirects += check(failures, header + " on logging out", logout);
        }

        System.out.println("TRUST host header: " + redirects + " redirects with a forged Host or X-Forwarded-Host, "
                + failures.size() + " pointing at the forged host " + failures);
        assertThat(failures).isEmpty();
        assertThat(redirects).isEqualTo(8);
    }

    private static int check(List<String> failures, String what, Answer answer) {
        if (answer.status() / 100 != 3) {
            failures.add(what + ": no redirect but " + answer.status());
            return 0;
        }
        if (answer.location().toLowerCase(Locale.ROOT).contains(FORGED)) {
            failures.add(what + ": " + answer.location());
        }
        return 1;
    }

    private static String token(Answer page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token: " + page.status() + " " + page.headers());
        }
        return matcher.group(1);
    }

    private static String cookie(Answer answer, String previous) {
        return answer.cookies().stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElse(previous);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Answer send(String method, String path, Map<String, String> headers, String cookie, String body)
            throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Accept: text/html\r\nConnection: close\r\n");
        if (cookie != null) {
            request.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (method.equals("POST")) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n");
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            headers.putIfAbsent(name, value);
            if (name.equals("set-cookie")) {
                cookies.add(value);
            }
        }
        return new Answer(status, headers, cookies, end < 0 ? "" : text.substring(end + 4));
    }
}
