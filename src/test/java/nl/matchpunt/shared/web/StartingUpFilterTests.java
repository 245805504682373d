package nl.matchpunt.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class StartingUpFilterTests {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

    private final StaticMessageSource messages = new StaticMessageSource();

    private final StartingUpFilter filter =
            new StartingUpFilter(availability, messages, new FixedLocaleResolver(Locale.forLanguageTag("nl-NL")));

    StartingUpFilterTests() {
        messages.addMessage("error.starting.text", Locale.forLanguageTag("nl-NL"), "Probeer het over een minuut.");
    }

    @Test
    void beforeTheApplicationIsReadyEveryPageIsTheStartingPageAndTheProbesAndStylesStillAnswer() throws Exception {
        MockHttpServletResponse login = run("GET", "/login");
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);
        assertThat(passed("POST", "/login")).isFalse();

        MockHttpServletResponse api = run("GET", "/api/v1/dwellings");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("Probeer het over een minuut.");

        assertThat(passed("GET", "/actuator/health/readiness")).isTrue();
        assertThat(passed("GET", "/css/matchpunt-0123.css")).isTrue();

        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(passed("POST", "/login")).isTrue();
        assertThat(passed("GET", "/api/v1/dwellings")).isTrue();

        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        assertThat(passed("GET", "/clients")).as("shutting down").isFalse();
    }

    @Test
    void theErrorPageSaysTheApplicationIsStartingRatherThanThatSomethingFailed() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 503);
        request.setAttribute(StartingUpFilter.STARTING, Boolean.TRUE);

        Object answer = new ErrorPagesController(messages).error(request, Locale.forLanguageTag("nl-NL"));

        assertThat(answer).isInstanceOfSatisfying(ModelAndView.class, page -> {
            assertThat(page.getViewName()).isEqualTo("error/starting");
            assertThat(page.getStatus()).hasToString("503 SERVICE_UNAVAILABLE");
        });
    }

    private boolean passed(String method, String path) throws ServletException, IOException {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest(method, path), new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    private MockHttpServletResponse run(String method, String path) throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest(method, path), response, new MockFilterChain());
        return response;
    }
}
