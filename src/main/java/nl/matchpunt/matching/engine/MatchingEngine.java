package nl.matchpunt.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The matching engine: proposes dwelling–client pairs for one round.
 *
 * <p><b>What it optimises.</b> Only feasible pairs ({@link HardRule}); each dwelling at most one client, each
 * client at most one dwelling, each care provider at most its intake capacity; first the largest number of
 * proposals, then the highest total score ({@link ScoreWeights}, in whole hundredths of a point, so exact).
 *
 * <p><b>How.</b> A minimum-cost flow dwelling → client → care provider → sink, costs the negated scores, one unit
 * out of every dwelling, solved by successive shortest paths with potentials (Dijkstra), one dwelling at a time
 * ({@link MinCostFlow}). Clients of a provider without intake capacity go straight to the sink. Each dwelling also
 * has a direct edge to the sink ("no proposal") that costs more than any possible difference in total score, so
 * the cheapest flow has first the most proposals and then the highest total score.
 *
 * <p><b>Reduction (exact).</b> With {@code n} dwellings, each dwelling keeps as candidates only its best {@code
 * min(n, cap_P)} feasible clients of every capped provider {@code P} and its best {@code n} feasible clients among
 * all other clients (best: higher score, then canonical order). Exchange argument: take an optimal assignment in
 * which dwelling {@code d} has a client {@code c} outside its candidates. If {@code c} is uncapped, at most {@code
 * n − 1} other clients are assigned, so one of {@code d}'s {@code n} uncapped candidates is free; it scores at
 * least as much as {@code c}, and swapping changes no capacity. If {@code c} belongs to capped {@code P}, at most
 * {@code min(n, cap_P) − 1} of {@code d}'s {@code P}-candidates are assigned elsewhere (the other dwellings number
 * {@code n − 1}, and {@code c} itself uses one of {@code P}'s {@code cap_P} places), so one is free; swapping keeps
 * {@code P}'s count. Each swap keeps the number of proposals, does not lower the total, and strictly raises the
 * number of candidate pairs used, so an optimal assignment within the candidates exists.
 *
 * <p><b>Tie-breaks.</b> Dwellings are ordered by id and clients by eligible-since date (longest waiting first),
 * then id; the solver only ever looks at this canonical order, so equal input in any order gives the same result.
 *
 * <p>Instances are immutable values and the engine keeps no state: one engine may serve many threads.
 */
public final class MatchingEngine {

    private final ScoreWeights weights;
    private final boolean reduce;

    public MatchingEngine(ScoreWeights weights) {
        this(weights, true);
    }

    /** With {@code reduce} false every feasible pair is an edge (for tests of the reduction). */
    MatchingEngine(ScoreWeights weights, boolean reduce) {
        this.weights = weights;
        this.reduce = reduce;
    }

    public ScoreWeights weights() {
        return weights;
    }

    /** Solves one round. */
    public MatchingResult match(MatchingInstance instance) {
        return match(instance, null);
    }

    /**
     * Solves one round with the look-ahead part of {@link Outlook} in the score (none when {@code outlook} is null);
     * the optimum is exact for that score as for any other.
     */
    public MatchingResult match(MatchingInstance instance, @Nullable Outlook outlook) {
        long started = System.nanoTime();
        Prepared prepared = prepare(instance, outlook);
        int[] assigned = solve(prepared.compiled, prepared.candidates);
        return result(prepared, assigned, started);
    }

    /** An instance compiled, counted, scored and reduced to candidates. */
    record Prepared(CompiledInstance compiled, int[][] counts, Scorer scorer, Candidates candidates) {}

    Prepared prepare(MatchingInstance instance) {
        return prepare(instance, null);
    }

    Prepared prepare(MatchingInstance instance, @Nullable Outlook outlook) {
        CompiledInstance compiled = new CompiledInstance(instance);
        int[][] counts = compiled.feasibleCounts();
        Scorer scorer = new Scorer(compiled, weights, counts[1]);
        if (outlook != null) {
            scorer.addOutlook(outlook(compiled, outlook));
        }
        return new Prepared(compiled, counts, scorer, candidates(compiled, scorer));
    }

    /** Turns an assignment (per dwelling a client index or −1) into a result. */
    static MatchingResult result(Prepared prepared, int[] assigned, long startedNanos) {
        CompiledInstance compiled = prepared.compiled;
        List<Proposal> proposals = new ArrayList<>();
        List<UnmatchedDwelling> unmatched = new ArrayList<>();
        boolean[] clientTaken = new boolean[compiled.clientCount];
        for (int c : assigned) {
            if (c >= 0) {
                clientTaken[c] = true;
            }
        }
        long total = 0;
        for (int d = 0; d < compiled.dwellingCount; d++) {
            String dwellingId = compiled.dwellings[d].id();
            int c = assigned[d];
            if (c >= 0) {
                ScoreBreakdown breakdown = prepared.scorer.breakdown(d, c);
                total += breakdown.total();
                proposals.add(new Proposal(dwellingId, compiled.clients[c].id(), breakdown));
            } else {
                unmatched.add(new UnmatchedDwelling(
                        dwellingId, reason(prepared.counts[0][d], prepared.candidates, d, clientTaken)));
            }
        }
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        return new MatchingResult(proposals, unmatched, total, millis);
    }

    private static UnmatchedReason reason(int feasible, Candidates candidates, int d, boolean[] clientTaken) {
        if (feasible == 0) {
            return UnmatchedReason.NO_FEASIBLE_CLIENT;
        }
        // A free feasible client next to a free dwelling can only be held back by its provider's capacity (else
        // the assignment would not have the most proposals). A dropped candidate of a full capped group also means
        // the provider is full; an uncapped group can never be full of assigned clients while d is free.
        for (int c : candidates.clients[d]) {
            if (!clientTaken[c]) {
                return UnmatchedReason.CAPACITY;
            }
        }
        return candidates.dropped[d] ? UnmatchedReason.CAPACITY : UnmatchedReason.NO_CLIENT_LEFT;
    }

    /**
     * The feasible pairs by the hard rules of MATCHING.md, without scores: per dwelling, in the order of {@code
     * instance.dwellings()}, the indices into {@code instance.clients()} of its feasible clients, ascending.
     */
    public static int[][] feasibleClients(MatchingInstance instance) {
        CompiledInstance compiled = new CompiledInstance(instance);
        Map<String, Integer> dwellingIndex = new HashMap<>();
        for (int i = 0; i < instance.dwellings().size(); i++) {
            dwellingIndex.put(instance.dwellings().get(i).id(), i);
        }
        Map<String, Integer> clientIndex = new HashMap<>();
        for (int i = 0; i < instance.clients().size(); i++) {
            clientIndex.put(instance.clients().get(i).id(), i);
        }
        int[] inputClient = new int[compiled.clientCount];
        for (int c = 0; c < compiled.clientCount; c++) {
            inputClient[c] = clientIndex.get(compiled.clients[c].id());
        }
        int[][] result = new int[compiled.dwellingCount][];
        IntStream.range(0, compiled.dwellingCount).parallel().forEach(d -> {
            int[] list = new int[compiled.clientCount];
            int size = 0;
            for (int c = 0; c < compiled.clientCount; c++) {
                if (compiled.feasible(d, c)) {
                    list[size++] = inputClient[c];
                }
            }
            int[] feasible = Arrays.copyOf(list, size);
            Arrays.sort(feasible);
            result[dwellingIndex.get(compiled.dwellings[d].id())] = feasible;
        });
        return result;
    }

    /** Per client (canonical order) the look-ahead points of {@link Outlook}, in hundredths. */
    private static long[] outlook(CompiledInstance compiled, Outlook outlook) {
        int m = compiled.clientCount;
        long[] points = new long[m];
        if (outlook.pastYear().isEmpty()) {
            return points;
        }
        List<Client> clients = Arrays.asList(compiled.clients);
        MatchingInstance past = new MatchingInstance(
                compiled.source.referenceDate(), outlook.pastYear(), clients, Map.of(), Map.of(), Map.of());
        int[] feasible = new int[m];
        for (int[] list : feasibleClients(past)) {
            for (int c : list) {
                feasible[c]++;
            }
        }
        double perDay = (double) outlook.pastYear().size() / outlook.days();
        int inPromise = 0;
        for (int c = 0; c < m; c++) {
            if (compiled.waitingDays[c] <= Outlook.PROMISE_DAYS && compiled.eligible(c)) {
                inPromise++;
            }
        }
        double competition = Math.max(1.0, inPromise / (perDay * outlook.competitionDays()));
        for (int c = 0; c < m; c++) {
            long waited = compiled.waitingDays[c];
            if (waited > Outlook.PROMISE_DAYS || !compiled.eligible(c)) {
                continue;
            }
            double q = (double) feasible[c] / outlook.pastYear().size();
            double left = Math.max(0, Outlook.PROMISE_DAYS - waited - 7);
            double lambda = q * perDay * left / competition;
            points[c] = Math.round(100.0 * (outlook.inPromise() + outlook.atRisk() * Math.exp(-lambda)));
        }
        return points;
    }

    /** Every feasible pair with its score, by dwelling id and then canonical client order. */
    public List<PairScore> feasiblePairs(MatchingInstance instance) {
        CompiledInstance compiled = new CompiledInstance(instance);
        Scorer scorer = new Scorer(compiled, weights, compiled.feasibleCounts()[1]);
        List<PairScore> pairs = new ArrayList<>();
        for (int d = 0; d < compiled.dwellingCount; d++) {
            for (int c = 0; c < compiled.clientCount; c++) {
                if (compiled.feasible(d, c)) {
                    pairs.add(new PairScore(
                            compiled.dwellings[d].id(), compiled.clients[c].id(), scorer.breakdown(d, c)));
                }
            }
        }
        return pairs;
    }

    /**
     * Explains the round for one client: feasible dwellings, for every other dwelling the first failed rule, and
     * why no proposal came when some dwelling was feasible.
     *
     * @param result the result of {@link #match} on the same instance
     * @throws IllegalArgumentException for an unknown client id
     */
    public ClientExplanation explainClient(MatchingInstance instance, MatchingResult result, String clientId) {
        CompiledInstance compiled = new CompiledInstance(instance);
        int c = indexOf(compiled.clients, clientId, Client::id, "client");
        List<String> feasible = new ArrayList<>();
        List<ClientExplanation.Rejection> rejections = new ArrayList<>();
        Map<HardRule, Integer> perRule = new EnumMap<>(HardRule.class);
        for (int d = 0; d < compiled.dwellingCount; d++) {
            int rule = compiled.firstFailedRule(d, c);
            if (rule == CompiledInstance.FEASIBLE) {
                feasible.add(compiled.dwellings[d].id());
            } else {
                HardRule hardRule = CompiledInstance.rule(rule);
                rejections.add(new ClientExplanation.Rejection(compiled.dwellings[d].id(), hardRule));
                perRule.merge(hardRule, 1, Integer::sum);
            }
        }
        String proposed = result.proposals().stream()
                .filter(p -> p.clientId().equals(clientId))
                .map(Proposal::dwellingId)
                .findFirst()
                .orElse(null);
        String reason = null;
        if (proposed == null && !feasible.isEmpty()) {
            reason = providerFull(instance, result, compiled.clients[c])
                    ? "de intakecapaciteit van zorgaanbieder " + compiled.clients[c].careProvider()
                            + " is in deze ronde op"
                    : "de passende woningen gaan naar andere cliënten, omdat dat meer voordrachten of een hogere"
                            + " totaalscore geeft";
        }
        return new ClientExplanation(clientId, feasible, rejections, perRule, proposed, reason);
    }

    private static boolean providerFull(MatchingInstance instance, MatchingResult result, Client client) {
        String provider = client.careProvider();
        CareProvider careProvider =
                provider == null ? null : instance.careProviders().get(provider);
        if (careProvider == null || careProvider.intakeCapacity() == null) {
            return false;
        }
        Map<String, String> providerOf = new HashMap<>();
        for (Client other : instance.clients()) {
            if (other.careProvider() != null) {
                providerOf.put(other.id(), other.careProvider());
            }
        }
        long taken = result.proposals().stream()
                .filter(p -> provider.equals(providerOf.get(p.clientId())))
                .count();
        return taken >= careProvider.intakeCapacity();
    }

    /**
     * Explains the round for one dwelling: how many clients were feasible and which rule ruled out most.
     *
     * @param result the result of {@link #match} on the same instance
     * @throws IllegalArgumentException for an unknown dwelling id
     */
    public DwellingExplanation explainDwelling(MatchingInstance instance, MatchingResult result, String dwellingId) {
        return explainDwellings(instance, result, List.of(dwellingId)).get(dwellingId);
    }

    /**
     * {@link #explainDwelling} for many dwellings at once, in the order given. The instance is compiled once: a
     * round explains every dwelling it left unmatched, and compiling per dwelling made that quadratic in the
     * number of dwellings (minutes for a few thousand).
     *
     * @throws IllegalArgumentException for an unknown dwelling id
     */
    public Map<String, DwellingExplanation> explainDwellings(
            MatchingInstance instance, MatchingResult result, List<String> dwellingIds) {
        CompiledInstance compiled = new CompiledInstance(instance);
        Map<String, Integer> index = new HashMap<>();
        for (int d = 0; d < compiled.dwellings.length; d++) {
            index.put(compiled.dwellings[d].id(), d);
        }
        Map<String, String> proposedFor = new HashMap<>();
        result.proposals().forEach(p -> proposedFor.putIfAbsent(p.dwellingId(), p.clientId()));
        Map<String, UnmatchedReason> reasons = new HashMap<>();
        result.unmatchedDwellings().forEach(u -> reasons.putIfAbsent(u.dwellingId(), u.reason()));
        Map<String, DwellingExplanation> explanations = new LinkedHashMap<>();
        for (String dwellingId : dwellingIds) {
            Integer d = index.get(dwellingId);
            if (d == null) {
                throw new IllegalArgumentException("unknown dwelling " + dwellingId);
            }
            explanations.put(
                    dwellingId, explain(compiled, d, dwellingId, proposedFor.get(dwellingId), reasons.get(dwellingId)));
        }
        return explanations;
    }

    private static DwellingExplanation explain(
            CompiledInstance compiled,
            int d,
            String dwellingId,
            @Nullable String proposed,
            @Nullable UnmatchedReason reason) {
        int feasible = 0;
        int[] perRuleCount = new int[HardRule.values().length];
        for (int c = 0; c < compiled.clientCount; c++) {
            int rule = compiled.firstFailedRule(d, c);
            if (rule == CompiledInstance.FEASIBLE) {
                feasible++;
            } else {
                perRuleCount[rule]++;
            }
        }
        Map<HardRule, Integer> perRule = new EnumMap<>(HardRule.class);
        HardRule most = null;
        for (HardRule rule : HardRule.values()) {
            int count = perRuleCount[rule.ordinal()];
            if (count > 0) {
                perRule.put(rule, count);
                if (most == null || count > perRuleCount[most.ordinal()]) {
                    most = rule;
                }
            }
        }
        return new DwellingExplanation(dwellingId, feasible, compiled.clientCount, perRule, most, proposed, reason);
    }

    private static <T> int indexOf(T[] values, String id, Function<T, String> idOf, String kind) {
        for (int i = 0; i < values.length; i++) {
            if (idOf.apply(values[i]).equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown " + kind + " " + id);
    }

    /** Per dwelling the candidate clients (canonical indices) and their scores. */
    record Candidates(int[][] clients, long[][] scores, boolean[] dropped) {}

    private Candidates candidates(CompiledInstance compiled, Scorer scorer) {
        int n = compiled.dwellingCount;
        int m = compiled.clientCount;
        Map<String, Integer> groupOfProvider = new HashMap<>();
        List<Integer> groupSizes = new ArrayList<>();
        compiled.source.careProviders().entrySet().stream()
                .filter(e -> e.getValue().intakeCapacity() != null)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    groupOfProvider.put(e.getKey(), groupSizes.size());
                    int capacity = e.getValue().intakeCapacity();
                    groupSizes.add(capacity == 0 ? 0 : reduce ? Math.min(n, capacity) : m);
                });
        int uncapped = groupSizes.size();
        groupSizes.add(reduce ? n : m);
        int[] group = new int[m];
        for (int c = 0; c < m; c++) {
            String provider = compiled.clients[c].careProvider();
            Integer g = provider == null ? null : groupOfProvider.get(provider);
            group[c] = g == null ? uncapped : g;
        }
        int[] limits = groupSizes.stream().mapToInt(Integer::intValue).toArray();
        int[][] clients = new int[n][];
        long[][] scores = new long[n][];
        boolean[] dropped = new boolean[n];
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n));
        IntStream.range(0, threads).parallel().forEach(t -> {
            TopK[] heaps = new TopK[limits.length];
            for (int g = 0; g < limits.length; g++) {
                heaps[g] = new TopK(Math.min(limits[g], m));
            }
            for (int d = t; d < n; d += threads) {
                for (TopK heap : heaps) {
                    heap.clear();
                }
                boolean anyDropped = false;
                for (int c = 0; c < m; c++) {
                    if (compiled.firstFailedRule(d, c) == CompiledInstance.FEASIBLE) {
                        anyDropped |= !heaps[group[c]].offer(scorer.total(d, c), c);
                    }
                }
                int size = 0;
                for (TopK heap : heaps) {
                    size += heap.size;
                }
                int[] ds = new int[size];
                long[] ss = new long[size];
                int at = 0;
                for (TopK heap : heaps) {
                    System.arraycopy(heap.clients, 0, ds, at, heap.size);
                    System.arraycopy(heap.scores, 0, ss, at, heap.size);
                    at += heap.size;
                }
                clients[d] = ds;
                scores[d] = ss;
                dropped[d] = anyDropped;
            }
        });
        return new Candidates(clients, scores, dropped);
    }

    /** Solves the flow on the candidates; returns per dwelling the assigned client or −1. */
    private static int[] solve(CompiledInstance compiled, Candidates candidates) {
        int n = compiled.dwellingCount;
        int m = compiled.clientCount;
        int[] clientNode = new int[m];
        Arrays.fill(clientNode, -1);
        for (int[] list : candidates.clients) {
            for (int c : list) {
                clientNode[c] = 0;
            }
        }
        int nextNode = 1 + n;
        for (int c = 0; c < m; c++) {
            if (clientNode[c] == 0) {
                clientNode[c] = nextNode++;
            }
        }
        Map<String, Integer> providerNode = new HashMap<>();
        List<String> providers = compiled.source.careProviders().entrySet().stream()
                .filter(e -> e.getValue().intakeCapacity() != null)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        for (String provider : providers) {
            providerNode.put(provider, nextNode++);
        }
        int sink = nextNode++;
        MinCostFlow flow = new MinCostFlow(nextNode);
        // Every dwelling may also go straight to the sink, as "no proposal", at a cost higher than any difference
        // in total score: the cheapest flow then has the most proposals first and the highest total second.
        long maxAbs = 0;
        for (long[] list : candidates.scores) {
            for (long score : list) {
                maxAbs = Math.max(maxAbs, Math.abs(score));
            }
        }
        long noProposal = 2 * (n + 1L) * (maxAbs + 1);
        int[] starts = new int[n];
        int[][] pairEdges = new int[n][];
        for (int d = 0; d < n; d++) {
            int[] list = candidates.clients[d];
            starts[d] = 1 + d;
            pairEdges[d] = new int[list.length];
            for (int i = 0; i < list.length; i++) {
                pairEdges[d][i] = flow.addEdge(1 + d, clientNode[list[i]], 1, -candidates.scores[d][i]);
            }
        }
        for (int c = 0; c < m; c++) {
            if (clientNode[c] > 0) {
                String provider = compiled.clients[c].careProvider();
                Integer node = provider == null ? null : providerNode.get(provider);
                flow.addEdge(clientNode[c], node == null ? sink : node, 1, 0);
            }
        }
        for (String provider : providers) {
            CareProvider careProvider = compiled.source.careProviders().get(provider);
            Integer capacity = careProvider == null ? null : careProvider.intakeCapacity();
            flow.addEdge(providerNode.get(provider), sink, capacity == null ? n : capacity, 0);
        }
        for (int d = 0; d < n; d++) {
            flow.addEdge(1 + d, sink, 1, noProposal);
        }
        flow.solve(starts, sink);
        int[] assigned = new int[n];
        Arrays.fill(assigned, -1);
        for (int d = 0; d < n; d++) {
            int[] list = candidates.clients[d];
            for (int i = 0; i < list.length; i++) {
                if (flow.flow(pairEdges[d][i]) > 0) {
                    assigned[d] = list[i];
                }
            }
        }
        return assigned;
    }

    /** The best {@code limit} (score, client) pairs: higher score first, then lower canonical index. */
    private static final class TopK {
        final int limit;
        final long[] scores;
        final int[] clients;
        int size;

        TopK(int limit) {
            this.limit = limit;
            this.scores = new long[limit];
            this.clients = new int[limit];
        }

        void clear() {
            size = 0;
        }

        /** Offers a pair; returns false when a pair (this one or another) fell out of the best. */
        boolean offer(long score, int client) {
            if (size < limit) {
                int i = size++;
                while (i > 0) {
                    int parent = (i - 1) >>> 1;
                    if (!worse(score, client, scores[parent], clients[parent])) {
                        break;
                    }
                    scores[i] = scores[parent];
                    clients[i] = clients[parent];
                    i = parent;
                }
                scores[i] = score;
                clients[i] = client;
                return true;
            }
            if (size == 0 || worse(score, client, scores[0], clients[0])) {
                return false;
            }
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && worse(scores[child + 1], clients[child + 1], scores[child], clients[child])) {
                    child++;
                }
                if (!worse(scores[child], clients[child], score, client)) {
                    break;
                }
                scores[i] = scores[child];
                clients[i] = clients[child];
                i = child;
            }
            scores[i] = score;
            clients[i] = client;
            return false;
        }

        private static boolean worse(long score, int client, long otherScore, int otherClient) {
            return score < otherScore || (score == otherScore && client > otherClient);
        }
    }
}
