package nl.matchpunt.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * One record for one form, however often it is sent: a double click, or "back" and send again. Every posting form
 * carries a submission token ({@link SubmissionTokenDataValueProcessor}); the first request with a token claims it
 * and is processed; a later one with the same token is not processed again but sent where the first one went, with
 * a message saying so. While the first is still being processed, the second waits for its outcome. A form that was
 * refused (a field error, a conflict) releases its token, so sending it again after correcting it works.
 */
@Component
class DuplicateSubmissionInterceptor implements HandlerInterceptor {

    static final String MESSAGE = "form.alreadySubmitted";

    private static final String CLAIMED = DuplicateSubmissionInterceptor.class.getName() + ".token";

    /** The longest token kept (the column's width); the tokens issued are UUIDs of 36 characters. */
    static final int MAX_TOKEN_LENGTH = 64;

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final Duration POLL = Duration.ofMillis(100);

    private final FormSubmissions submissions;

    DuplicateSubmissionInterceptor(FormSubmissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String token = request.getParameter(SubmissionTokenDataValueProcessor.FIELD);
        String username = request.getRemoteUser();
        if (!"POST".equals(request.getMethod()) || token == null || token.isBlank() || username == null) {
            return true;
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            // no token this application issued: refused as an unreadable request, not stored
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return false;
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            if (submissions.claim(token, username)) {
                request.setAttribute(CLAIMED, token);
                return true;
            }
            Optional<FormSubmissions.Claimed> earlier = submissions.find(token);
            if (earlier.isPresent() && !earlier.get().username().equals(username)) {
                response.sendError(HttpStatus.CONFLICT.value());
                return false;
            }
            Optional<String> outcome = earlier.flatMap(FormSubmissions.Claimed::outcome);
            if (outcome.isPresent()) {
                sendToEarlierOutcome(request, response, outcome.get());
                return false;
            }
            if (earlier.isPresent() && System.nanoTime() > deadline) {
                // the first request is still busy (or was cut off): processing this one too could store it twice
                response.sendError(HttpStatus.CONFLICT.value());
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        Object token = request.getAttribute(CLAIMED);
        if (!(token instanceof String claimed)) {
            return;
        }
        String location = response.getHeader("Location");
        boolean redirected = response.getStatus() >= 300 && response.getStatus() < 400 && location != null;
        if (ex == null && redirected) {
            submissions.complete(claimed, location);
        } else {
            submissions.release(claimed);
        }
    }

    private static void sendToEarlierOutcome(HttpServletRequest request, HttpServletResponse response, String outcome)
            throws java.io.IOException {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("success", MESSAGE);
        RequestContextUtils.saveOutputFlashMap(outcome, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", outcome);
    }
}
