package nl.matchpunt.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Until the application is ready to take traffic — every start-up runner done, which on the demo profile includes
 * preparing a year of demo data (a minute or two) — every page and API call is answered 503 with
 * {@code Retry-After} and the Dutch "Matchpunt wordt gestart" page, so that nobody logs in to a half-filled demo or
 * works on a half-started instance; the same holds while it shuts down. The health probes (a load balancer asks
 * {@code /actuator/health/readiness}) and the style sheets and scripts are served as always. Runs before Spring
 * Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 90)
class StartingUpFilter extends OncePerRequestFilter {

    /** The request attribute that tells the error page it answers for a start-up, not a failure. */
    static final String STARTING = "matchpunt.starting";

    private static final List<String> ALWAYS_SERVED =
            List.of("/actuator/health", "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

    private final ApplicationAvailability availability;

    private final MessageSource messages;

    private final LocaleResolver locales;

    StartingUpFilter(ApplicationAvailability availability, MessageSource messages, LocaleResolver locales) {
        this.availability = availability;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALWAYS_SERVED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        request.setAttribute(STARTING, Boolean.TRUE);
        if (DatabaseUnavailable.isApiRequest(request)) {
            DatabaseUnavailable.writeProblem(
                    request,
                    response,
                    messages.getMessage("error.starting.text", null, locales.resolveLocale(request)));
        } else {
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
