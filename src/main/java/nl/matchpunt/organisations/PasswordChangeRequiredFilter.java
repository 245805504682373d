package nl.matchpunt.organisations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After an administrator's reset the user can do nothing but choose a new password (or log out): every other
 * request of that session is sent to the password page. The mark is set in the session at login and removed when
 * the password has been changed.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private static final List<String> ALLOWED = List.of(
            PASSWORD_PAGE, "/logout", "/login", "/error", "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SecurityConfiguration.PASSWORD_CHANGE_REQUIRED) != null
                && !allowed(request)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED.stream()
                .anyMatch(prefix -> prefix.endsWith("/") ? path.startsWith(prefix) : path.equals(prefix));
    }
}
