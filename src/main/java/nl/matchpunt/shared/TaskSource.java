package nl.matchpunt.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * The port through which the start page gathers what waits for the current user: each module that has work with
 * a deadline (proposals to answer, requests to decide, agreement steps, nuisance reports) implements it for its own
 * data, scoped to the user's organisation like its own lists. An implementation publishes no audit event of its
 * own: the start page records once, per client, what the whole list showed.
 */
public interface TaskSource {

    /** At most this many tasks per source: the start page shows the soonest, the module's own list has the rest. */
    int LIMIT = 50;

    /** What waits for the current user in this module, at most {@link #LIMIT}; none when nothing does. */
    List<Task> tasksOfCurrentUser(LocalDate today);
}
