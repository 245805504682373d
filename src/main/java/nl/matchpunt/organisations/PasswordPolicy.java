package nl.matchpunt.organisations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Passwords: at least {@value #MIN_LENGTH} characters, not one of the common passwords in
 * {@code common-passwords.txt}, and not the username.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                commonPasswords = reader.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> violation(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            return Optional.of("password.common");
        }
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }
}
