package nl.matchpunt.cases;

import org.jspecify.annotations.Nullable;

/**
 * Who does something in a case, as recorded on its timeline: the user's account id (null for the system), their
 * name and organisation.
 */
public record Actor(
        @Nullable Long userId, String name, @Nullable Long organisationId) {

    public static final Actor SYSTEM = new Actor(null, "Matchpunt", null);
}
