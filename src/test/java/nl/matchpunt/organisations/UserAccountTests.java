package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTests {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private final UserAccount account =
            new UserAccount("piet", "Piet", null, "{noop}x", Role.CORPORATION_STAFF, 1L, NOW);

    @Test
    void anAdministratorsResetRequiresAChangeThatTheUsersOwnChangeSatisfies() {
        assertThat(account.isPasswordChangeRequired()).isFalse();

        account.resetPassword("{noop}tijdelijk-wachtwoord");

        assertThat(account.getPasswordHash()).isEqualTo("{noop}tijdelijk-wachtwoord");
        assertThat(account.isPasswordChangeRequired()).isTrue();

        account.changePassword("{noop}eigen-nieuw-wachtwoord");

        assertThat(account.getPasswordHash()).isEqualTo("{noop}eigen-nieuw-wachtwoord");
        assertThat(account.isPasswordChangeRequired()).isFalse();
    }

    @Test
    void aSuccessfulLoginIsNoted() {
        account.recordSuccessfulLogin(NOW);

        assertThat(account.getLastLoginAt()).isEqualTo(NOW);
    }
}
