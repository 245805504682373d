package nl.matchpunt.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The submission tokens of forms that were sent, each with the outcome the user was sent to (the redirect after a
 * successful post). A token is claimed before the form is processed, in its own short transaction, so a second
 * request with the same token, even one arriving at the same moment on another instance, finds it taken.
 */
@Component
class FormSubmissions {

    /** How long a token is remembered: far longer than anyone presses "back" and sends the form again. */
    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;

    private final Clock clock;

    FormSubmissions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What is known of a token that was claimed before. */
    record Claimed(String username, Optional<String> outcome, Instant claimedAt) {}

    /** Claims the token for this user; false when it was claimed before. */
    boolean claim(String token, String username) {
        try {
            jdbc.update(
                    "insert into form_submission (token, username, claimed_at) values (?, ?, ?)",
                    token,
                    username,
                    Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Claimed> find(String token) {
        List<Claimed> found = jdbc.query(
                "select username, outcome, claimed_at from form_submission where token = ?",
                (row, n) -> new Claimed(
                        row.getString("username"),
                        Optional.ofNullable(row.getString("outcome")),
                        row.getTimestamp("claimed_at").toInstant()),
                token);
        return found.stream().findFirst();
    }

    /** The form was processed and the user sent on to {@code outcome}. */
    void complete(String token, String outcome) {
        jdbc.update("update form_submission set outcome = ? where token = ?", outcome, token);
    }

    /** The form was not processed (refused, invalid, failed): the same token may be sent again. */
    void release(String token) {
        jdbc.update("delete from form_submission where token = ? and outcome is null", token);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOld() {
        jdbc.update(
                "delete from form_submission where claimed_at < ?",
                Timestamp.from(clock.instant().minus(KEPT)));
    }
}
