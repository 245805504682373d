package nl.matchpunt.shared;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing that waits for a user, for the to-do list of the start page: what (a message key with its arguments,
 * shown in the user's language), by when, and where to do it in one click.
 *
 * @param message what to do, e.g. {@code matching.task.answer}
 * @param arguments the message's arguments, already as text (an address, a client's code, a Dutch date)
 * @param due the deadline, or null when the work has none
 * @param link where to do it: a path within the application
 * @param clientId the client whose code the task shows, for the audit of what the list showed; null for none
 */
public record Task(
        String message,
        List<String> arguments,
        @Nullable LocalDate due,
        String link,
        @Nullable Long clientId) {

    public Task {
        arguments = List.copyOf(arguments);
    }

    public boolean isOverdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }

    public boolean isDueToday(LocalDate today) {
        return today.equals(due);
    }
}
