package nl.matchpunt.dwellings.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request to the API that no endpoint takes because of its content type (a form or plain text where JSON is
 * expected) is answered before any controller is chosen, so the controller's own handlers never see it; this one
 * answers it as a problem detail in Dutch too. Requests outside {@code /api/} keep the ordinary handling.
 */
@RestControllerAdvice
class ApiRequestAdvice {

    private final MessageSource messages;

    ApiRequestAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException exception, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw exception;
        }
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                messages.getMessage("api.unsupportedMediaType", null, LocaleContextHolder.getLocale()));
    }
}
