package nl.matchpunt.matching.engine;

import java.util.Arrays;

/**
 * An exact maximum-weight assignment of rows to columns (each at most once), with optional groups of columns that
 * together take at most a capacity, solved by the engine's own minimum-cost flow and certified by its potentials
 * ({@link MinCostFlow#certify}). The year simulation uses it for the hindsight optimum; rows need not all be
 * assigned (an unassigned row costs nothing).
 */
public final class Assignment {

    private final int[] columnOf;
    private final long totalWeight;
    private final boolean certified;

    private Assignment(int[] columnOf, long totalWeight, boolean certified) {
        this.columnOf = columnOf;
        this.totalWeight = totalWeight;
        this.certified = certified;
    }

    /**
     * Solves the assignment.
     *
     * @param columns the number of columns
     * @param rowColumns per row the columns it may take
     * @param rowWeights per row the (positive) weights of those pairs, in the same order
     * @param columnGroup per column its group, or −1 for none
     * @param groupCapacity per group the most columns it may give
     * @return the assignment, per row the column or −1
     */
    public static Assignment maximumWeight(
            int columns, int[][] rowColumns, long[][] rowWeights, int[] columnGroup, int[] groupCapacity) {
        int rows = rowColumns.length;
        int groupBase = rows + columns;
        int sink = groupBase + groupCapacity.length;
        MinCostFlow flow = new MinCostFlow(sink + 1);
        int[][] edges = new int[rows][];
        int[] starts = new int[rows];
        // Edges in topological order (rows, columns, groups), as MinCostFlow's first potentials need.
        // A column of a group without capacity can never be taken: it gets no edges (every node must reach the sink).
        boolean[] closed = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            closed[c] = columnGroup[c] >= 0 && groupCapacity[columnGroup[c]] <= 0;
        }
        for (int r = 0; r < rows; r++) {
            starts[r] = r;
            edges[r] = new int[rowColumns[r].length];
            for (int i = 0; i < rowColumns[r].length; i++) {
                if (rowWeights[r][i] <= 0) {
                    throw new IllegalArgumentException("weights must be positive");
                }
                int c = rowColumns[r][i];
                edges[r][i] = closed[c] ? -1 : flow.addEdge(r, rows + c, 1, -rowWeights[r][i]);
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!closed[c]) {
                flow.addEdge(rows + c, columnGroup[c] < 0 ? sink : groupBase + columnGroup[c], 1, 0);
            }
        }
        for (int g = 0; g < groupCapacity.length; g++) {
            if (groupCapacity[g] > 0) {
                flow.addEdge(groupBase + g, sink, groupCapacity[g], 0);
            }
        }
        for (int r = 0; r < rows; r++) {
            flow.addEdge(r, sink, 1, 0);
        }
        long cost = flow.solve(starts, sink);
        int[] columnOf = new int[rows];
        Arrays.fill(columnOf, -1);
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < edges[r].length; i++) {
                if (edges[r][i] >= 0 && flow.flow(edges[r][i]) > 0) {
                    columnOf[r] = rowColumns[r][i];
                }
            }
        }
        return new Assignment(columnOf, -cost, flow.certify(starts));
    }

    /** Per row the assigned column, or −1. */
    public int[] columnOf() {
        return columnOf.clone();
    }

    /** The total weight of the assignment. */
    public long totalWeight() {
        return totalWeight;
    }

    /** Whether the optimality certificate (non-negative reduced costs, one unit per row) holds. */
    public boolean certified() {
        return certified;
    }
}
