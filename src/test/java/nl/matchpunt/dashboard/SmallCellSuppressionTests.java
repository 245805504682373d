package nl.matchpunt.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.matchpunt.clients.ClientDisclosure;
import nl.matchpunt.dashboard.FigureTable.Label;
import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression for corporations and care providers: a count of 1 up to the threshold becomes "< 5",
 * the figures derived from it in the same row go, zero and large counts and other columns stay.
 */
class SmallCellSuppressionTests {

    private final DashboardService service =
            new DashboardService(null, null, null, null, null, new ClientDisclosure(5), null, null);

    @Test
    void countsUnderTheThresholdAreShownAsLessThanFiveWithTheirDerivedFigures() {
        FigureTable table = new FigureTable(
                "promiseGroups",
                "dashboard.table.promiseGroups",
                List.of(
                        "dashboard.col.group",
                        "dashboard.col.placed",
                        "dashboard.col.within90",
                        "dashboard.col.withinPromise",
                        "dashboard.col.median",
                        "dashboard.col.p90"),
                List.of(
                        Arrays.asList("Dak- en thuislozen", 12, 9, 75.0, 40, 88),
                        Arrays.asList("Omslag gezinnen", 1, 1, 100.0, 31, 31),
                        Arrays.asList("Beschermd wonen", 7, 4, 57.1, 85, 120),
                        Arrays.asList("Vrouwenopvang", 0, 0, null, null, null)));

        List<List<Object>> rows = service.suppress(table).rows();

        Label small = new Label("dashboard.smallCell", 5);
        Label hidden = new Label("dashboard.suppressed");
        assertThat(rows.get(0)).containsExactly("Dak- en thuislozen", 12, 9, 75.0, 40, 88);
        assertThat(rows.get(1))
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly("Omslag gezinnen", small, small, hidden, hidden, hidden);
        // 7 placed is shown, but 4 of them within the promise is not, and the share would give it away
        assertThat(rows.get(2))
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly("Beschermd wonen", 7, small, hidden, hidden, hidden);
        assertThat(rows.get(3)).containsExactly("Vrouwenopvang", 0, 0, null, null, null);
    }

    @Test
    void theThresholdComesFromConfigurationAndTheCoordinatorIsNotSuppressed() {
        ClientDisclosure three = new ClientDisclosure(3);
        assertThat(three.isSmallCell(0)).isFalse();
        assertThat(three.isSmallCell(1)).isTrue();
        assertThat(three.isSmallCell(2)).isTrue();
        assertThat(three.isSmallCell(3)).isFalse();
        assertThat(new ClientDisclosure(ClientDisclosure.DEFAULT_SMALL_CELL_THRESHOLD).isSmallCell(4))
                .isTrue();
        assertThat(new ClientDisclosure(5).isSmallCell(5)).isFalse();
    }
}
