package nl.matchpunt.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The exact assignment behind the hindsight optimum, against brute force on small random instances. */
class AssignmentTests {

    @Test
    void maximumWeightEqualsBruteForceAndIsCertified() {
        Random random = new Random(11);
        for (int instance = 0; instance < 300; instance++) {
            int rows = 1 + random.nextInt(5);
            int columns = 1 + random.nextInt(6);
            int groups = random.nextInt(3);
            int[] columnGroup = new int[columns];
            for (int c = 0; c < columns; c++) {
                columnGroup[c] = groups == 0 || random.nextBoolean() ? -1 : random.nextInt(groups);
            }
            int[] capacity = new int[groups];
            for (int g = 0; g < groups; g++) {
                capacity[g] = random.nextInt(3);
            }
            int[][] rowColumns = new int[rows][];
            long[][] rowWeights = new long[rows][];
            for (int r = 0; r < rows; r++) {
                int[] chosen = random.ints(0, columns)
                        .distinct()
                        .limit(random.nextInt(columns + 1))
                        .toArray();
                rowColumns[r] = chosen;
                rowWeights[r] = new long[chosen.length];
                for (int i = 0; i < chosen.length; i++) {
                    // Two weight levels as in the hindsight optimum, and sometimes arbitrary ones.
                    rowWeights[r][i] = random.nextBoolean() ? (random.nextBoolean() ? 1 : 8) : 1 + random.nextInt(50);
                }
            }
            Assignment assignment = Assignment.maximumWeight(columns, rowColumns, rowWeights, columnGroup, capacity);
            assertThat(assignment.certified()).isTrue();
            long best = bruteForce(0, rowColumns, rowWeights, columnGroup, capacity.clone(), new boolean[columns]);
            assertThat(assignment.totalWeight()).as("instance %d", instance).isEqualTo(best);
            // The assignment itself is valid and has that weight.
            int[] columnOf = assignment.columnOf();
            long total = 0;
            boolean[] used = new boolean[columns];
            int[] perGroup = new int[groups];
            for (int r = 0; r < rows; r++) {
                int c = columnOf[r];
                if (c < 0) {
                    continue;
                }
                int at = indexOf(rowColumns[r], c);
                assertThat(at).isNotNegative();
                assertThat(used[c]).isFalse();
                used[c] = true;
                if (columnGroup[c] >= 0) {
                    perGroup[columnGroup[c]]++;
                }
                total += rowWeights[r][at];
            }
            for (int g = 0; g < groups; g++) {
                assertThat(perGroup[g]).isLessThanOrEqualTo(capacity[g]);
            }
            assertThat(total).isEqualTo(best);
        }
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static long bruteForce(
            int row, int[][] rowColumns, long[][] rowWeights, int[] columnGroup, int[] capacity, boolean[] used) {
        if (row == rowColumns.length) {
            return 0;
        }
        long best = bruteForce(row + 1, rowColumns, rowWeights, columnGroup, capacity, used);
        for (int i = 0; i < rowColumns[row].length; i++) {
            int c = rowColumns[row][i];
            int g = columnGroup[c];
            if (used[c] || (g >= 0 && capacity[g] == 0)) {
                continue;
            }
            used[c] = true;
            if (g >= 0) {
                capacity[g]--;
            }
            best = Math.max(
                    best,
                    rowWeights[row][i] + bruteForce(row + 1, rowColumns, rowWeights, columnGroup, capacity, used));
            used[c] = false;
            if (g >= 0) {
                capacity[g]++;
            }
        }
        return best;
    }

    @Test
    void feasibleClientsFollowTheHardRulesInInputOrder() {
        // W-2 (rent 800) only for C-2 (max 900); W-1 (rent 600) for both; C-3 is not yet eligible.
        MatchingInstance instance = Fixtures.instance(
                java.util.List.of(Fixtures.dwelling("W-2", "800.00", 2, 0, false), Fixtures.dwelling("W-1")),
                java.util.List.of(
                        Fixtures.client("C-1"),
                        Fixtures.client("C-2", Fixtures.ROUND.minusDays(3), "900.00"),
                        Fixtures.client("C-3", Fixtures.ROUND.plusDays(1), "900.00")));
        int[][] feasible = MatchingEngine.feasibleClients(instance);
        assertThat(feasible[0]).containsExactly(1);
        assertThat(feasible[1]).containsExactly(0, 1);
    }
}
