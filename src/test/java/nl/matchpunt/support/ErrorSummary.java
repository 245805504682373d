package nl.matchpunt.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The error summary above a refused form ({@code fragments/alerts.html}), as the page's HTML shows it. */
public final class ErrorSummary {

    private static final Pattern SUMMARY =
            Pattern.compile("<div[^>]*id=\"error-summary\"[^>]*>(.*?)</div>", Pattern.DOTALL);

    private static final Pattern LINK = Pattern.compile("<a href=\"#([^\"]*)\"");

    private ErrorSummary() {}

    /** The fields the summary's links lead to, in order; empty when the page has no summary. */
    public static List<String> targets(String html) {
        List<String> targets = new ArrayList<>();
        Matcher summary = SUMMARY.matcher(html);
        if (summary.find()) {
            Matcher link = LINK.matcher(summary.group(1));
            while (link.find()) {
                targets.add(link.group(1));
            }
        }
        return targets;
    }

    /** The summary's links that lead to no input, select, text area or group of fields (fieldset) of the page. */
    public static List<String> linksWithoutField(String html) {
        return targets(html).stream()
                .filter(id -> !Pattern.compile(
                                "<(input|select|textarea|fieldset)\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"")
                        .matcher(html)
                        .find())
                .map(id -> "#" + id)
                .toList();
    }
}
