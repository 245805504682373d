package nl.matchpunt.matching.engine;

import java.util.Arrays;

/**
 * Minimum-cost maximum flow by successive shortest paths with potentials (Dijkstra on reduced costs). Each step
 * augments along a cheapest path, so after {@code k} steps the flow is a cheapest flow of value {@code k}; when no
 * path is left the flow is maximum and, among maximum flows, cheapest. Costs may be negative on the first use: the
 * initial potentials come from Bellman–Ford, which ends after one pass when the edges are added in topological
 * order (as the engine does). Integer costs only, so the result is exact.
 */
final class MinCostFlow {

    private static final long INFINITE = Long.MAX_VALUE / 4;

    private final int nodeCount;
    private int edgeCount;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] capacity = new int[16];
    private long[] cost = new long[16];

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
     * Runs the algorithm.
     *
     * @return {@code [flow, cost]}
     */
    long[] solve(int source, int sink) {
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

        long[] potential = initialPotentials(source);
        long[] dist = new long[nodeCount];
        Arrays.fill(dist, INFINITE);
        int[] parentEdge = new int[nodeCount];
        boolean[] done = new boolean[nodeCount];
        int[] touched = new int[nodeCount];
        Heap heap = new Heap(Math.max(16, nodeCount));
        long flow = 0;
        long totalCost = 0;
        while (true) {
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
                break;
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
            flow += bottleneck;
        }
        return new long[] {flow, totalCost};
    }

    /** Shortest distances from the source over edges with capacity (Bellman–Ford; unreachable nodes get 0). */
    private long[] initialPotentials(int source) {
        long[] dist = new long[nodeCount];
        Arrays.fill(dist, INFINITE);
        dist[source] = 0;
        for (int round = 0; round < nodeCount; round++) {
            boolean changed = false;
            for (int e = 0; e < edgeCount; e++) {
                if (capacity[e] > 0 && dist[from[e]] != INFINITE && dist[from[e]] + cost[e] < dist[to[e]]) {
                    dist[to[e]] = dist[from[e]] + cost[e];
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        long max = 0;
        for (long d : dist) {
            if (d != INFINITE) {
                max = Math.max(max, d);
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            if (dist[v] == INFINITE) {
                dist[v] = max;
            }
        }
        return dist;
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
