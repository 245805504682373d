package nl.matchpunt.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running application: real HTTP, cookies kept, redirects not followed
 * (so tests can see them), and CSRF tokens read from the page that holds the form, as a browser would.
 */
public final class WebSession {

    public static final String DEMO_PASSWORD = "matchpunt-demo";

    private static final String HTML = "text/html,application/xhtml+xml";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL);

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final String baseUrl;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private final HttpClient client;

    private final String clientAddress;

    public WebSession(int port) {
        this(port, "");
    }

    /**
     * A session from another client address: every request carries {@code X-Forwarded-For: clientAddress}, which
     * Tomcat's RemoteIpValve trusts from a local proxy, so the application sees that address as the client's.
     */
    public WebSession(int port, String clientAddress) {
        this.clientAddress = clientAddress;
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Logs in through the login form; returns the response to the login POST (a redirect). */
    public HttpResponse<String> login(String username, String password) {
        return postForm("/login", "/login", Map.of("username", username, "password", password));
    }

    public static WebSession loggedIn(int port, String username) {
        return loggedIn(port, username, DEMO_PASSWORD);
    }

    public static WebSession loggedIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        HttpResponse<String> response = session.login(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("login of " + username + " failed: " + location);
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", HTML).GET().build());
    }

    /** A download (an export, a spreadsheet) as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code formPage} to read its CSRF token, then posts {@code fields} to {@code path}. */
    public HttpResponse<String> postForm(String path, String formPage, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken(formPage));
        return postRaw(path, withToken);
    }

    /** Posts exactly {@code fields}, without adding a CSRF token. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * The hidden fields (CSRF and submission token) of the posting form on {@code page} whose action is
     * {@code action}, as a browser would send them with that form.
     */
    public Map<String, String> hiddenFields(String page, String action) {
        String html = get(page).body();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(1).contains("action=\"" + action + "\"")) {
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher hidden = HIDDEN.matcher(form.group(2));
                while (hidden.find()) {
                    fields.put(hidden.group(1), hidden.group(2));
                }
                return fields;
            }
        }
        throw new IllegalStateException("no form posting to " + action + " on " + page);
    }

    /** A request to {@code path}, from this session's client address if it has one. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (!clientAddress.isEmpty()) {
            request.header("X-Forwarded-For", clientAddress);
        }
        return request;
    }

    public String csrfToken(String page) {
        String html = get(page).body();
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return matcher.group(1);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Uploads a file through the form on {@code page}, as a browser posts it: multipart, with the form's CSRF token
     * in the field {@code _csrf} and the file in the field {@code file}.
     */
    public HttpResponse<String> upload(String page, String filename, byte[] content) {
        String boundary = "----matchpunt" + java.util.UUID.randomUUID();
        String csrf = csrfToken(page);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + page))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    public String baseUrl() {
        return baseUrl;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
