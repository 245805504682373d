package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleRuleTests {

    private final LoginThrottle.Rule rule = new LoginThrottle.Rule(5, Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void theFreeFailuresCostNothingAndEachFurtherOneDoublesTheWait() {
        assertThat(rule.delayAfter(0)).isZero();
        assertThat(rule.delayAfter(4)).isZero();
        assertThat(rule.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(rule.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(rule.delayAfter(9)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void theWaitIsCappedEvenAfterMillionsOfFailures() {
        assertThat(rule.delayAfter(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(rule.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }
}
