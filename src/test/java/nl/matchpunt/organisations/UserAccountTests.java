package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTests {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private final UserAccount account =
            new UserAccount("piet", "Piet", null, "{noop}x", Role.CORPORATION_STAFF, 1L, NOW);

    @Test
    void locksForFifteenMinutesAfterTheFifthFailure() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        assertThat(account.isLockedAt(NOW)).isFalse();

        account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));

        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        account.recordSuccessfulLogin(NOW);
        account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));

        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void enablingLiftsALock() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        account.disable();
        account.enable();

        assertThat(account.isEnabled()).isTrue();
        assertThat(account.isLockedAt(NOW)).isFalse();
    }
}
