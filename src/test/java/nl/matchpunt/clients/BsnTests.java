package nl.matchpunt.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class BsnTests {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999990019", "1112.22.333", "111 222 333"})
    void numbersThatPassTheElevenTestAreValid(String bsn) {
        assertThat(Bsn.isValid(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "12345678", "1234567820", "abcdefghi", "000000000", ""})
    void numbersThatFailTheElevenTestOrTheFormatAreInvalid(String bsn) {
        assertThat(Bsn.isValid(bsn)).isFalse();
    }

    @Test
    void nullIsInvalid() {
        assertThat(Bsn.isValid(null)).isFalse();
    }

    @Test
    void maskingShowsOnlyTheLastThreeDigits() {
        assertThat(Bsn.masked("123456782")).isEqualTo("******782");
    }

    /** A random valid BSN outside the demo range (99999xxxx), for tests that register clients. */
    public static String randomValid() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            String candidate = "1" + String.format("%08d", random.nextInt(100_000_000));
            if (Bsn.isValid(candidate)) {
                return candidate;
            }
        }
    }
}
