package nl.matchpunt.organisations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing with growing delays instead of locking accounts (ASVS v5 6.3, OWASP Authentication
 * Cheat Sheet, "Protect against automated attacks": a hard lockout lets anyone lock a user out, so throttle).
 *
 * <p>Failed logins are counted under two keys:
 *
 * <ul>
 *   <li><b>the client address</b> ({@code request.getRemoteAddr()}, set from {@code X-Forwarded-For} by Tomcat's
 *       RemoteIpValve for trusted proxies only): catches credential stuffing and spraying over many usernames.
 *       It allows more failures before the first delay, because the users of one office may share an address.
 *   <li><b>the account together with the address</b>: catches guessing one account's password. It is deliberately
 *       not a key of the account alone: then an attacker elsewhere could keep the real user waiting, which is the
 *       lockout this replaces. The user's own address has its own count, so they can always log in from there.
 * </ul>
 *
 * <p>Guessing one account from many addresses (a botnet) is not slowed per account; the password policy (at least
 * twelve characters, no common passwords) and each address's own throttle carry that, as the cheat sheet allows.
 *
 * <p>After {@code free} failures under a key, each further attempt must wait {@code first-delay × 2^(failures −
 * free)}, capped at {@code max-delay}, counted from the last failure; an attempt during the wait is refused without
 * checking the password and is not counted. A count is forgotten an hour after its last failure, and a successful
 * login clears the account-and-address count (not the address count, or one valid account would reset it).
 *
 * <p>The counts live in the database (the application runs as several instances), under a SHA-256 of the key: a
 * row has a fixed size and never holds what a stranger typed (which may be a password in the wrong field).
 */
@Component
public class LoginThrottle {

    /** Longer than any account's name (60); a longer one is refused before it is looked up, kept or echoed. */
    public static final int MAX_USERNAME_LENGTH = 100;

    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final JdbcClient jdbc;

    private final Clock clock;

    private final Rule addressRule;

    private final Rule accountRule;

    /** Failures allowed without delay, and the growing delay after them. */
    record Rule(int free, Duration firstDelay, Duration maxDelay) {

        /** How long after the last failure the next attempt must wait, after {@code failures} failures. */
        Duration delayAfter(int failures) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${matchpunt.security.login-throttle.address-free-failures:10}") int addressFree,
            @Value("${matchpunt.security.login-throttle.account-free-failures:5}") int accountFree,
            @Value("${matchpunt.security.login-throttle.first-delay:1s}") Duration firstDelay,
            @Value("${matchpunt.security.login-throttle.max-delay:15m}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.addressRule = new Rule(addressFree, firstDelay, maxDelay);
        this.accountRule = new Rule(accountFree, firstDelay, maxDelay);
    }

    /** How long this attempt must still wait, or empty when it may be tried now. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(
                remaining(addressKey(address), addressRule, now),
                remaining(accountKey(username, address), accountRule, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(addressKey(address), now);
        count(accountKey(username, address), now);
    }

    public void succeeded(String username, String address) {
        jdbc.sql("delete from login_throttle where throttle_key = :key")
                .param("key", accountKey(username, address))
                .update();
    }

    /** Keeps the table small: counts an hour past their last failure no longer matter. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    public void forget() {
        jdbc.sql("delete from login_throttle where last_failure_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(FORGET_AFTER)))
                .update();
    }

    private Duration remaining(String key, Rule rule, Instant now) {
        return jdbc.sql("select failures, last_failure_at from login_throttle where throttle_key = :key")
                .param("key", key)
                .query((row, number) -> {
                    Instant last = row.getTimestamp("last_failure_at").toInstant();
                    if (last.isBefore(now.minus(FORGET_AFTER))) {
                        return Duration.ZERO;
                    }
                    Duration left = Duration.between(now, last.plus(rule.delayAfter(row.getInt("failures"))));
                    return left.isNegative() ? Duration.ZERO : left;
                })
                .optional()
                .orElse(Duration.ZERO);
    }

    /** Adds a failure (starting again at one when the count was forgotten); safe when instances race. */
    private void count(String key, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp forgetBefore = Timestamp.from(now.minus(FORGET_AFTER));
        String increment = "update login_throttle set failures = case when last_failure_at < :forgetBefore then 1"
                + " else failures + 1 end, last_failure_at = :now where throttle_key = :key";
        if (jdbc.sql(increment)
                        .param("forgetBefore", forgetBefore)
                        .param("now", at)
                        .param("key", key)
                        .update()
                > 0) {
            return;
        }
        try {
            jdbc.sql("insert into login_throttle (throttle_key, failures, last_failure_at) values (:key, 1, :now)")
                    .param("key", key)
                    .param("now", at)
                    .update();
        } catch (DuplicateKeyException raced) {
            jdbc.sql(increment)
                    .param("forgetBefore", forgetBefore)
                    .param("now", at)
                    .param("key", key)
                    .update();
        }
    }

    private static String addressKey(String address) {
        return sha256("address|" + address);
    }

    private static String accountKey(String username, String address) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.length() > MAX_USERNAME_LENGTH) {
            name = name.substring(0, MAX_USERNAME_LENGTH);
        }
        return sha256("account|" + name + "|" + address);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
