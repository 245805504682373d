package nl.matchpunt.matching.engine;

import java.util.Arrays;

/**
 * Minimum-cost flow that sends one unit out of each of a list of start nodes, by successive shortest paths with
 * potentials (the Hungarian method, row by row): for each start in turn, Dijkstra on reduced costs finds a cheapest
 * path from it to the sink in the residual graph, and the flow is augmented along it. After each step the flow is a
 * cheapest one among those leaving exactly the starts handled so far, because the potentials keep every residual
 * edge's reduced cost non-negative. Costs may be negative: the initial potentials come from Bellman–Ford towards
 * the sink, which ends after one pass when the edges are added in topological order (as the engine does). Integer costs only, so
 * the result is exact. The caller makes sure every start can reach the sink (the engine adds a costly direct edge).
 */
final class MinCostFlow {

    private static final long INFINITE = Long.MAX_VALUE / 4;

    private final int nodeCount;
    private int edgeCount;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] capacity = new int[16];
    private long[] cost = new long[16];
    private long[] potential = new long[0];

    MinCostFlow(int nodeCount) {
        this.nodeCount = nodeCount;
    }

    /** Adds an edge and its residual twin; returns the edge's index (the twin is {@code index ^ 1}). */
    int addEdge(int u, int v, int cap, long edgeCost) {
        if (edgeCount + 2 > to.length) {
            int size = to.length * 2;
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size);
        }
        int e = edgeCount;
        from[e] = u;
        to[e] = v;
        capacity[e] = cap;
        cost[e] = edgeCost;
        from[e + 1] = v;
        to[e + 1] = u;
        capacity[e + 1] = 0;
        cost[e + 1] = -edgeCost;
        edgeCount += 2;
        return e;
    }

    /** Whether the edge carries flow (its residual capacity dropped below what was added). */
    int flow(int edge) {
        return capacity[edge ^ 1];
    }

    /**
     * Sends one unit from each start in turn.
     *
     * @return the total cost
     */
    long solve(int[] starts, int sink) {
        int[] start = new int[nodeCount + 1];
        for (int e = 0; e < edgeCount; e++) {
            start[from[e] + 1]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            start[v + 1] += start[v];
        }
        int[] adjacency = new int[edgeCount];
        int[] fill = Arrays.copyOf(start, nodeCount);
        for (int e = 0; e < edgeCount; e++) {
            adjacency[fill[from[e]]++] = e;
        }

        potential = initialPotentials(sink);
        long[] dist = new long[nodeCount];
        Arrays.fill(dist, INFINITE);
        int[] parentEdge = new int[nodeCount];
        boolean[] done = new boolean[nodeCount];
        int[] touched = new int[nodeCount];
        Heap heap = new Heap(Math.max(16, nodeCount));
        long totalCost = 0;
        for (int source : starts) {
            int touchedCount = 0;
            heap.clear();
            dist[source] = 0;
            touched[touchedCount++] = source;
            heap.push(0, source);
            long sinkDist = INFINITE;
            while (!heap.isEmpty()) {
                long du = heap.topKey();
                int u = heap.pop();
                if (done[u] || du > dist[u]) {
                    continue;
                }
                done[u] = true;
                if (u == sink) {
                    sinkDist = du;
                    break;
                }
                long pu = potential[u];
                for (int i = start[u], end = start[u + 1]; i < end; i++) {
                    int e = adjacency[i];
                    if (capacity[e] == 0) {
                        continue;
                    }
                    int v = to[e];
                    if (done[v]) {
                        continue;
                    }
                    long nd = du + cost[e] + pu - potential[v];
                    if (nd < dist[v]) {
                        if (dist[v] == INFINITE) {
                            touched[touchedCount++] = v;
                        }
                        dist[v] = nd;
                        parentEdge[v] = e;
                        heap.push(nd, v);
                    }
                }
            }
            if (sinkDist == INFINITE) {
                throw new IllegalStateException("start " + source + " cannot reach the sink");
            }
            // Nodes settled before the sink move by their distance, all others by the sink's: reduced costs stay
            // non-negative (the usual early-stop variant of the potential update). Only differences of potentials
            // matter, so every node is moved down by the sink's distance and the untouched ones need no write.
            for (int i = 0; i < touchedCount; i++) {
                int v = touched[i];
                if (done[v]) {
                    potential[v] += dist[v] - sinkDist;
                }
                dist[v] = INFINITE;
                done[v] = false;
            }
            int bottleneck = Integer.MAX_VALUE;
            for (int v = sink; v != source; v = from[parentEdge[v]]) {
                bottleneck = Math.min(bottleneck, capacity[parentEdge[v]]);
            }
            for (int v = sink; v != source; v = from[parentEdge[v]]) {
                int e = parentEdge[v];
                capacity[e] -= bottleneck;
                capacity[e ^ 1] += bottleneck;
                totalCost += (long) bottleneck * cost[e];
            }
        }
        return totalCost;
    }

    /**
     * The certificate of optimality, checked independently of how the flow was found: every edge that can still
     * carry flow has a non-negative reduced cost under the final potentials, so the residual graph has no negative
     * cycle and no flow with the same supplies is cheaper; and every start sends exactly one unit.
     *
     * @return whether the certificate holds (false would be a bug)
     */
    boolean certify(int[] starts) {
        if (potential.length != nodeCount) {
            return false;
        }
        for (int e = 0; e < edgeCount; e++) {
            if (capacity[e] > 0 && cost[e] + potential[from[e]] - potential[to[e]] < 0) {
                return false;
            }
        }
        long[] out = new long[nodeCount];
        for (int e = 0; e < edgeCount; e += 2) {
            out[from[e]] += flow(e);
        }
        for (int s : starts) {
            if (out[s] != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Potentials {@code π(v) = −(cheapest cost from v to the sink)}, by Bellman–Ford backwards (one pass when edges
     * were added in topological order). Then every edge's reduced cost {@code cost + π(u) − π(v)} is non-negative,
     * and a start's cheapest edge is tight at once (the classic row reduction of the Hungarian method).
     *
     * @throws IllegalStateException when an edge leads into a node that cannot reach the sink
     */
    private long[] initialPotentials(int sink) {
        long[] dist = new long[nodeCount];
        Arrays.fill(dist, INFINITE);
        dist[sink] = 0;
        for (int round = 0; round < nodeCount; round++) {
            boolean changed = false;
            for (int e = edgeCount - 1; e >= 0; e--) {
                if (capacity[e] > 0 && dist[to[e]] != INFINITE && dist[to[e]] + cost[e] < dist[from[e]]) {
                    dist[from[e]] = dist[to[e]] + cost[e];
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        long[] potential = new long[nodeCount];
        for (int e = 0; e < edgeCount; e++) {
            if (capacity[e] > 0 && dist[to[e]] == INFINITE) {
                throw new IllegalStateException("node " + to[e] + " cannot reach the sink");
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            potential[v] = dist[v] == INFINITE ? 0 : -dist[v];
        }
        return potential;
    }

    /** A binary min-heap of (key, node) with lazy deletion. */
    private static final class Heap {
        private long[] keys;
        private int[] nodes;
        private int size;

        Heap(int capacity) {
            keys = new long[capacity];
            nodes = new int[capacity];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long topKey() {
            return keys[0];
        }

        void push(long key, int node) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                nodes[i] = nodes[parent];
                i = parent;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        int pop() {
            int top = nodes[0];
            size--;
            if (size > 0) {
                long key = keys[size];
                int node = nodes[size];
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && keys[child + 1] < keys[child]) {
                        child++;
                    }
                    if (keys[child] >= key) {
                        break;
                    }
                    keys[i] = keys[child];
                    nodes[i] = nodes[child];
                    i = child;
                }
                keys[i] = key;
                nodes[i] = node;
            }
            return top;
        }
    }
}
