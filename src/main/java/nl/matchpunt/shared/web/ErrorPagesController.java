package nl.matchpunt.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container's error page (a refusal by the framework before or after a
 * controller: a parameter that cannot be read, a method or content type no endpoint takes, an upload too large, a
 * page that does not exist, a failure nobody handled) is answered in Dutch: a page of our own layout per status
 * ({@code templates/error}), or for the API ({@code /api/**}) an RFC 9457 problem detail. It takes the place of
 * Spring Boot's {@code BasicErrorController}, whose answers are English.
 */
@Controller
class ErrorPagesController implements ErrorController {

    /** The statuses with a page of their own; other statuses get the page of their class (4xx or 5xx). */
    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 405, 409, 413, 415, 503);

    private final MessageSource messages;

    ErrorPagesController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        if (request.getAttribute(StartingUpFilter.STARTING) != null) {
            // not a failure: the application is starting (or stopping); StartingUpFilter answered the API itself
            return new ModelAndView("error/starting", HttpStatus.SERVICE_UNAVAILABLE);
        }
        if (DatabaseUnavailable.isApiRequest(request)) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(status, messages.getMessage(textKey(status), null, locale));
            problem.setTitle(messages.getMessage(titleKey(status), null, locale));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return new ModelAndView(view(status), status);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String view(HttpStatus status) {
        if (PAGES.contains(status.value())) {
            return "error/" + status.value();
        }
        return status.is4xxClientError() ? "error/4xx" : "error/5xx";
    }

    static String titleKey(HttpStatus status) {
        return "error." + key(status) + ".title";
    }

    static String textKey(HttpStatus status) {
        return "error." + key(status) + ".text";
    }

    private static String key(HttpStatus status) {
        if (PAGES.contains(status.value())) {
            return Integer.toString(status.value());
        }
        return status.is4xxClientError() ? "4xx" : "5xx";
    }
}
