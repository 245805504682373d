package nl.matchpunt.trust;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.matchpunt.support.WebSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * A logged-in demo account sending requests as a browser would, with the CSRF token of a page of its own session,
 * and able to ask Spring Security whether its role may use a URL at all.
 */
final class Attacker {

    final String username;

    final WebSession session;

    final String csrfToken;

    private final Authentication authentication;

    private final WebInvocationPrivilegeEvaluator privileges;

    Attacker(int port, String username, UserDetailsService users, WebInvocationPrivilegeEvaluator privileges) {
        this.username = username;
        this.session = WebSession.loggedIn(port, username);
        this.csrfToken = session.csrfToken(ownPage(session));
        UserDetails user = users.loadUserByUsername(username);
        this.authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        this.privileges = privileges;
    }

    /** The page "/" leads to (the role's start page), which holds at least the logout form and its token. */
    static String ownPage(WebSession session) {
        HttpResponse<String> home = session.get("/");
        return home.statusCode() / 100 == 3
                ? URI.create(home.headers().firstValue("Location").orElseThrow())
                        .getPath()
                : "/";
    }

    /** Whether the URL rules let this role use the path at all (otherwise the answer is 403). */
    boolean mayUse(String path, String method) {
        return privileges.isAllowed("", path, method, authentication);
    }

    HttpResponse<String> send(String method, String path, boolean withToken) {
        if (method.equals("GET")) {
            return session.get(path);
        }
        String body = withToken
                ? "_csrf=" + java.net.URLEncoder.encode(csrfToken, java.nio.charset.StandardCharsets.UTF_8)
                : "";
        return session.send(HttpRequest.newBuilder(URI.create(session.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        return session.postRaw(path, withToken(fields));
    }

    Map<String, String> withToken(Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken);
        return all;
    }
}
