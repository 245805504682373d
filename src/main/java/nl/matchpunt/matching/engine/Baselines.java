package nl.matchpunt.matching.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Two simple policies to compare the engine with, on the same hard rules, capacities and scores:
 *
 * <ul>
 *   <li><b>longest waiting first</b> — how a manual list works: dwellings in id order, each takes the
 *       longest-waiting feasible client still free (whose care provider has room);
 *   <li><b>highest score first</b> — greedy: repeatedly the feasible pair with the highest score among free
 *       dwellings and clients (ties: dwelling id, then the engine's candidate order). It is computed on the engine's candidates, which gives the same choice as on all
 *       pairs: a dwelling's best free client is always among its candidates (see {@link MatchingEngine}).
 * </ul>
 */
public final class Baselines {

    private final MatchingEngine engine;

    public Baselines(ScoreWeights weights) {
        this.engine = new MatchingEngine(weights);
    }

    public MatchingResult longestWaitingFirst(MatchingInstance instance) {
        long started = System.nanoTime();
        MatchingEngine.Prepared prepared = engine.prepare(instance);
        CompiledInstance compiled = prepared.compiled();
        Intake intake = new Intake(compiled);
        int[] assigned = new int[compiled.dwellingCount];
        Arrays.fill(assigned, -1);
        boolean[] taken = new boolean[compiled.clientCount];
        for (int d = 0; d < compiled.dwellingCount; d++) {
            for (int c = 0; c < compiled.clientCount; c++) {
                if (!taken[c] && intake.hasRoom(c) && compiled.feasible(d, c)) {
                    assigned[d] = c;
                    taken[c] = true;
                    intake.take(c);
                    break;
                }
            }
        }
        return MatchingEngine.result(prepared, assigned, started);
    }

    public MatchingResult highestScoreFirst(MatchingInstance instance) {
        long started = System.nanoTime();
        MatchingEngine.Prepared prepared = engine.prepare(instance);
        CompiledInstance compiled = prepared.compiled();
        MatchingEngine.Candidates candidates = prepared.candidates();
        int pairs = 0;
        for (int[] list : candidates.clients()) {
            pairs += list.length;
        }
        // Sort keys: (highest score first, then the pair's position: dwelling id, then candidate order), packed in
        // a long so that even tens of millions of pairs sort without boxing.
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long[] list : candidates.scores()) {
            for (long score : list) {
                min = Math.min(min, score);
                max = Math.max(max, score);
            }
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, pairs));
        if (pairs > 0 && 64 - Long.numberOfLeadingZeros(max - min) + indexBits > 63) {
            throw new IllegalStateException("too many pairs or too wide scores for the greedy baseline");
        }
        long[] keys = new long[pairs];
        int[] dwellings = new int[pairs];
        int[] clients = new int[pairs];
        int at = 0;
        for (int d = 0; d < compiled.dwellingCount; d++) {
            for (int i = 0; i < candidates.clients()[d].length; i++) {
                keys[at] = ((max - candidates.scores()[d][i]) << indexBits) | at;
                dwellings[at] = d;
                clients[at] = candidates.clients()[d][i];
                at++;
            }
        }
        Arrays.parallelSort(keys);
        long indexMask = (1L << indexBits) - 1;
        Intake intake = new Intake(compiled);
        int[] assigned = new int[compiled.dwellingCount];
        Arrays.fill(assigned, -1);
        boolean[] taken = new boolean[compiled.clientCount];
        for (long key : keys) {
            int k = (int) (key & indexMask);
            int d = dwellings[k];
            int c = clients[k];
            if (assigned[d] < 0 && !taken[c] && intake.hasRoom(c)) {
                assigned[d] = c;
                taken[c] = true;
                intake.take(c);
            }
        }
        return MatchingEngine.result(prepared, assigned, started);
    }

    /** The care providers' intake capacities used so far. */
    private static final class Intake {
        private final Map<String, Integer> room = new HashMap<>();
        private final CompiledInstance compiled;

        Intake(CompiledInstance compiled) {
            this.compiled = compiled;
            compiled.source.careProviders().forEach((id, provider) -> {
                if (provider.intakeCapacity() != null) {
                    room.put(id, provider.intakeCapacity());
                }
            });
        }

        boolean hasRoom(int c) {
            String provider = compiled.clients[c].careProvider();
            return provider == null || room.getOrDefault(provider, 1) > 0;
        }

        void take(int c) {
            String provider = compiled.clients[c].careProvider();
            if (provider != null) {
                room.computeIfPresent(provider, (k, v) -> v - 1);
            }
        }
    }
}
