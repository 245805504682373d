package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Item 5 of the trust issue, the static half: no template writes text unescaped, neither with {@code th:utext}
 * (or {@code data-th-utext}) nor with Thymeleaf's unescaped inline expression {@code [(...)]}.
 */
class TemplateEscapingTests {

    private static final Pattern UNESCAPED = Pattern.compile("(data-)?th:utext|th-utext|\\[\\(");

    @Test
    void noTemplateWritesUnescapedText() throws IOException {
        List<String> found = new ArrayList<>();
        int templates = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                templates++;
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (UNESCAPED.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        System.out.println(
                "TRUST templates: " + templates + " templates scanned, " + found.size() + " unescaped outputs");
        assertThat(templates).isGreaterThan(20);
        assertThat(found).isEmpty();
    }
}
