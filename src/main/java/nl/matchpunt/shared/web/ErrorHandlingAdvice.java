package nl.matchpunt.shared.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.matchpunt.shared.ConflictException;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns refusals that a controller did not handle itself into the Dutch error pages: a record that does not
 * exist (or is not the user's) is a 404, a conflict or an illegal transition a 409 with its message, a database
 * that cannot be reached a 503 "temporarily unavailable" (other database failures stay a 500).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class ErrorHandlingAdvice {

    private final MessageSource messages;

    public ErrorHandlingAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    public ModelAndView notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        ModelAndView view = new ModelAndView("error/404");
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }

    @ExceptionHandler({ConflictException.class, DomainException.class})
    public ModelAndView conflict(DomainException exception) {
        return conflictPage(messages.getMessage(
                exception.getMessageKey(), exception.getArguments(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ModelAndView concurrentChange() {
        return conflictPage(messages.getMessage("error.concurrentChange", null, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    public ModelAndView databaseUnavailable(
            Exception exception, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!DatabaseUnavailable.isCause(exception)) {
            throw exception;
        }
        if (DatabaseUnavailable.isApiRequest(request)) {
            DatabaseUnavailable.writeProblem(
                    request, response, messages.getMessage("error.503.text", null, LocaleContextHolder.getLocale()));
            return new ModelAndView();
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        ModelAndView view = new ModelAndView("error/503");
        view.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return view;
    }

    private static ModelAndView conflictPage(String message) {
        ModelAndView view = new ModelAndView("error/409");
        view.addObject("conflictMessage", message);
        view.setStatus(HttpStatus.CONFLICT);
        return view;
    }
}
