package nl.matchpunt.organisations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login form's authentication: an attempt that must still wait (see {@link LoginThrottle}) is
 * refused without checking the password, and a username longer than any account can have is refused as a wrong
 * one, without being looked up, kept or echoed. Runs after the CSRF filter, so only a form the application handed
 * out gets this far.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        String name = username == null ? "" : username;
        if (throttle.waitFor(name, address).isPresent()) {
            forgetTypedUsername(request);
            response.sendRedirect(request.getContextPath() + "/login?wait");
            return;
        }
        if (name.length() > LoginThrottle.MAX_USERNAME_LENGTH) {
            throttle.failed(name, address);
            forgetTypedUsername(request);
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    static void forgetTypedUsername(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SecurityConfiguration.LAST_USERNAME);
        }
    }
}
