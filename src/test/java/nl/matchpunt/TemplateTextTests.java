package nl.matchpunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every word on screen comes from the message bundles: templates hold no literal user-facing text, and every
 * message key a template uses exists in Dutch and in English.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[(}]");

    @Test
    void templatesHoldNoLiteralText() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = parse(template);
            collectLiteralText(
                    document.getDocumentElement(),
                    TEMPLATES.relativize(template).toString(),
                    problems);
        }
        assertThat(problems)
                .as("literal text in templates; use th:text=\"#{key}\"")
                .isEmpty();
    }

    @Test
    void everyMessageKeyExistsInDutchAndEnglish() throws IOException {
        Properties dutch = new Properties();
        Properties english = new Properties();
        for (String bundle : bundles()) {
            dutch.putAll(load("/" + bundle + ".properties"));
            english.putAll(load("/" + bundle + "_en.properties"));
        }
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!dutch.containsKey(key)) {
                    missing.add(key + " (nl, " + template.getFileName() + ")");
                }
                if (!english.containsKey(key)) {
                    missing.add(key + " (en, " + template.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(dutch.keySet());
    }

    @Test
    void theCheckCatchesLiteralText() throws Exception {
        Path sample = Files.createTempFile("template", ".html");
        Files.writeString(sample, "<html><body><p>Woningen</p><input placeholder=\"Zoek\"/></body></html>");
        List<String> problems = new ArrayList<>();
        collectLiteralText(parse(sample).getDocumentElement(), "sample", problems);
        assertThat(problems).hasSize(2);
        Files.delete(sample);
    }

    private static void collectLiteralText(Element element, String template, List<String> problems) {
        String name = element.getTagName();
        if (name.equals("script") || name.equals("style")) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            boolean inputValue = attribute.getNodeName().equals("value")
                    && !(name.equals("button") || "submit".equals(element.getAttribute("type")));
            if (TEXT_ATTRIBUTES.contains(attribute.getNodeName())
                    && !inputValue
                    && LETTER.matcher(attribute.getNodeValue()).find()) {
                problems.add(template + ": <" + name + " " + attribute.getNodeName() + "=\"" + attribute.getNodeValue()
                        + "\">");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                collectLiteralText(childElement, template, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE
                    && LETTER.matcher(child.getNodeValue()).find()) {
                problems.add(
                        template + ": <" + name + ">" + child.getNodeValue().strip());
            }
        }
    }

    private static Document parse(Path template) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (InputStream in = Files.newInputStream(template)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The bundles named by {@code spring.messages.basename}. */
    private static List<String> bundles() throws IOException {
        Properties application = load("/application.properties");
        return List.of(application.getProperty("spring.messages.basename").split(","));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TemplateTextTests.class.getResourceAsStream(resource);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
