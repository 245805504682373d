package nl.matchpunt.clients.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a refused BSN key as Spring Boot's "APPLICATION FAILED TO START" with the one-line reason and what to do,
 * instead of a wall of stack trace (registered in {@code META-INF/spring.factories}).
 */
class BsnKeyFailureAnalyzer extends AbstractFailureAnalyzer<BsnKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BsnKeyException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Provide the BSN keys as environment variables or Docker secrets, see the README, section "
                        + "\"Running on PostgreSQL\".",
                cause);
    }
}
