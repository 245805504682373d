package nl.matchpunt.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means that the database cannot be reached right now (down, restarting, no connection
 * within the pool's timeout), as opposed to a fault in the application: the first is answered with 503 "try again
 * shortly", the second stays a 500.
 */
public final class DatabaseUnavailable {

    /** The seconds a client is told to wait before trying again ({@code Retry-After}). */
    public static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {}

    /** Whether {@code failure} or one of its causes says that the database cannot be reached. */
    public static boolean isCause(@Nullable Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 32; depth++) {
            if (isUnavailable(current)) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    private static boolean isUnavailable(Throwable failure) {
        if (failure instanceof CannotCreateTransactionException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessResourceException
                || failure instanceof org.hibernate.exception.JDBCConnectionException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof ConnectException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01-57P03: admin or crash shutdown, cannot connect now; 53300: too many
            // connections
            return state.startsWith("08") || state.startsWith("57P0") || state.equals("53300");
        }
        return false;
    }

    /**
     * Whether the request is (or, on the error page's dispatch, was) one of the JSON API's, which answers with
     * problem details instead of pages.
     */
    public static boolean isApiRequest(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String errorUri ? errorUri : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }

    /** Writes the RFC 9457 problem detail of a 503, with {@code Retry-After}. */
    public static void writeProblem(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                        + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
