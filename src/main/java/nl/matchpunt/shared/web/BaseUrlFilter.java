package nl.matchpunt.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Absolute links and redirects name Matchpunt by its configured base URL ({@code matchpunt.base-url}), never by the
 * {@code Host} or {@code X-Forwarded-Host} a client sent: a request for any other host name is seen by the
 * application (Spring Security's redirect to the login page, {@code ServletUriComponentsBuilder}, the API's
 * {@code Location}) as a request for the base URL. A request for the base URL's own host keeps its port, so a
 * server on another port (a test, a second instance) still links to itself. Tomcat leaves relative redirects
 * relative ({@code server.tomcat.use-relative-redirects}), and trusts forwarded headers only from the proxies in
 * {@code server.tomcat.remoteip.internal-proxies}. Runs first, before Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BaseUrlFilter extends OncePerRequestFilter {

    private final URI baseUrl;

    BaseUrlFilter(@Value("${matchpunt.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = URI.create(baseUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = baseUrl.getHost();
        if (host == null || host.equalsIgnoreCase(request.getServerName())) {
            chain.doFilter(request, response);
        } else {
            chain.doFilter(new BaseUrlRequest(request, baseUrl), new BaseUrlResponse(response, baseUrl));
        }
    }

    /**
     * Redirects of a request for another host go to the base URL: Tomcat keeps a relative redirect relative only for
     * HTTP/1.1 and later, and would make it absolute with the host the client named.
     */
    static final class BaseUrlResponse extends HttpServletResponseWrapper {

        private final URI baseUrl;

        BaseUrlResponse(HttpServletResponse response, URI baseUrl) {
            super(response);
            this.baseUrl = baseUrl;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(absolute(location));
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            super.sendRedirect(absolute(location), clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status) throws IOException {
            super.sendRedirect(absolute(location), status);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            super.sendRedirect(absolute(location), status, clearBuffer);
        }

        private String absolute(String location) {
            if (location.startsWith("/") && !location.startsWith("//")) {
                return baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + location;
            }
            return location;
        }
    }

    /** The request as one for the base URL's scheme, host and port. */
    static final class BaseUrlRequest extends HttpServletRequestWrapper {

        private final URI baseUrl;

        BaseUrlRequest(HttpServletRequest request, URI baseUrl) {
            super(request);
            this.baseUrl = baseUrl;
        }

        @Override
        public String getServerName() {
            return baseUrl.getHost();
        }

        @Override
        public int getServerPort() {
            if (baseUrl.getPort() != -1) {
                return baseUrl.getPort();
            }
            return "https".equals(getScheme()) ? 443 : 80;
        }

        @Override
        public String getScheme() {
            return baseUrl.getScheme() == null
                    ? super.getScheme()
                    : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        }

        @Override
        public String getHeader(String name) {
            return "host".equalsIgnoreCase(name) ? baseUrl.getRawAuthority() : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "host".equalsIgnoreCase(name)
                    ? java.util.Collections.enumeration(java.util.List.of(baseUrl.getRawAuthority()))
                    : super.getHeaders(name);
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            boolean defaultPort =
                    ("http".equals(getScheme()) && port == 80) || ("https".equals(getScheme()) && port == 443);
            if (!defaultPort) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
