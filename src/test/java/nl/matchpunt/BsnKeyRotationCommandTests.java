package nl.matchpunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code rotate-bsn-key} is a command of the jar, and refuses like the application: the rotation itself is tested in
 * {@code BsnKeyRotationIntegrationTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class BsnKeyRotationCommandTests {

    @Test
    void theJarKnowsTheCommandAndWithoutKeysItEndsWithOneLineAndExitCodeOneBeforeTouchingTheDatabase(
            CapturedOutput output) {
        assertThat(CommandLineTools.handles("rotate-bsn-key")).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = BsnKeyRotationCommand.run(
                new String[] {"rotate-bsn-key", "--spring.profiles.active=postgres"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .as("no counts: nothing rotated")
                .isEmpty();
        assertThat(output)
                .contains("MATCHPUNT_BSN_ENCRYPTION_KEY is not set")
                .doesNotContain("\tat ")
                .doesNotContain("Flyway");
    }
}
