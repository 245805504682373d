package nl.matchpunt.trust;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.TargetGroupSummary;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Item 1 of issue 14: figures broken down finely enough to single a person out. Every count column of every
 * dashboard export of the corporations and care providers, per year, per target group and per district, holds no
 * count from 1 to 4 (they read "&lt; 5"); the coordinator's same exports do hold such counts, so there was
 * something to suppress.
 */
@IntegrationTest
class SmallCellIntegrationTests {

    private static final List<String> COUNT_COLUMNS = List.of(
            "dashboard.col.placed",
            "dashboard.col.within90",
            "dashboard.col.waiting",
            "dashboard.col.over60",
            "dashboard.col.over90",
            "dashboard.col.inflow",
            "dashboard.col.placed12");

    private static final Pattern EXPORT = Pattern.compile("/dashboard/export/([A-Za-z]+)\\.csv");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    ClientService clients;

    @Autowired
    GeographyService geography;

    @Test
    void corporationsAndCareProvidersSeeNoCountUnderFive() {
        int year = LocalDate.now(AMSTERDAM).getYear();
        Set<String> countHeaders = new LinkedHashSet<>();
        COUNT_COLUMNS.forEach(key -> countHeaders.add(messages.getMessage(key, null, Locale.ROOT)));
        String lessThanFive = messages.getMessage("dashboard.smallCell", new Object[] {5}, Locale.ROOT);
        List<String> queries = new ArrayList<>(List.of("?year=" + year, "?year=" + (year - 1)));
        // a few target groups and districts: each narrows the figures to where small counts arise
        for (TargetGroupSummary group : clients.targetGroups().stream().limit(3).toList()) {
            queries.add("?year=" + year + "&group=" + group.code());
        }
        for (Region district : geography.districts().stream().limit(3).toList()) {
            queries.add("?year=" + year + "&district=" + district.id());
        }

        int coordinatorSmall = count("coordinator", queries, countHeaders, lessThanFive, null);
        List<String> found = new ArrayList<>();
        int suppressed = 0;
        for (String account : List.of("ymere", "rochdale", "hvo", "leger")) {
            suppressed += count(account, queries, countHeaders, lessThanFive, found);
        }

        System.out.println("TRUST small cells: " + queries.size() + " filters × 5 accounts; coordinator "
                + coordinatorSmall + " counts under 5 shown, corporations and care providers " + found.size()
                + " shown, " + suppressed + " suppressed");
        assertThat(coordinatorSmall)
                .as("counts under 5 on the coordinator's exports")
                .isPositive();
        assertThat(suppressed).as("cells shown as < 5").isPositive();
        assertThat(found).isEmpty();
    }

    /**
     * Reads every table's CSV for each query; with {@code found}, lists each count from 1 to 4 and returns the
     * number of "< 5" cells, otherwise returns the number of counts from 1 to 4.
     */
    private int count(
            String account, List<String> queries, Set<String> countHeaders, String lessThanFive, List<String> found) {
        WebSession session = WebSession.loggedIn(port, account);
        int number = 0;
        for (String query : queries) {
            Matcher table = EXPORT.matcher(session.get("/dashboard" + query).body());
            Set<String> tables = new LinkedHashSet<>();
            while (table.find()) {
                tables.add(table.group(1));
            }
            for (String id : tables) {
                String csv = new String(
                        session.download("/dashboard/export/" + id + ".csv" + query)
                                .body(),
                        StandardCharsets.UTF_8);
                String[] lines = csv.replace("\uFEFF", "").split("\r\n");
                List<String> headers = List.of(lines[0].split(";", -1));
                for (int r = 1; r < lines.length; r++) {
                    String[] cells = lines[r].split(";", -1);
                    for (int c = 0; c < cells.length && c < headers.size(); c++) {
                        if (!countHeaders.contains(headers.get(c))) {
                            continue;
                        }
                        boolean small = cells[c].matches("[1-4]");
                        if (found == null) {
                            number += small ? 1 : 0;
                        } else if (small) {
                            found.add(account + " " + id + query + " row " + r + " " + headers.get(c) + "=" + cells[c]);
                        } else if (cells[c].equals(lessThanFive)) {
                            number++;
                        }
                    }
                }
            }
        }
        return number;
    }
}
