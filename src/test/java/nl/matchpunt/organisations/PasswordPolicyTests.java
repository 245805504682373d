package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortCommonAndUsernamePasswords() {
        assertThat(policy.violation("kort-1234", "piet")).contains("password.tooShort");
        assertThat(policy.violation("Wachtwoord1234", "piet")).contains("password.common");
        assertThat(policy.violation("x".repeat(129), "piet")).contains("password.tooLong");
        assertThat(policy.violation("hallo-pietje-2026", "pietje")).contains("password.containsUsername");
    }

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.violation("paarse-fiets-op-de-dam", "piet")).isEmpty();
        assertThat(policy.violation("exactly12chr", "piet")).isEmpty();
    }
}
