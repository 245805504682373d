package nl.matchpunt.matching.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.matchpunt.matching.engine.Baselines;
import nl.matchpunt.matching.engine.Client;
import nl.matchpunt.matching.engine.MatchingEngine;
import nl.matchpunt.matching.engine.MatchingInstance;
import nl.matchpunt.matching.engine.MatchingResult;
import nl.matchpunt.matching.engine.Proposal;
import nl.matchpunt.matching.engine.ScoreWeights;

/**
 * The {@code bench} command: seeded random rounds of realistic shape ({@link InstanceGenerator}); per size the
 * engine's solve time, peak heap during the solve and objective, and beside it the two {@link Baselines} on the
 * same instance.
 */
final class Benchmark {

    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 25);

    private Benchmark() {}

    static int run(MatchingCommandLine.Options options, ScoreWeights weights, PrintStream out) throws InputException {
        options.allow("--sizes", "--seed", "--no-baselines");
        String sizes = options.value("--sizes");
        long seed = options.number("--seed", 1);
        boolean baselines = !options.flag("--no-baselines");
        int[][] parsed = parseSizes(sizes == null ? "60x3000,600x30000" : sizes);
        out.printf(
                "bench seed=%d, %d cores, max heap %d MiB%n",
                seed,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int[] size : parsed) {
            MatchingInstance instance = new InstanceGenerator(seed).instance(REFERENCE_DATE, size[0], size[1]);
            MatchingEngine engine = new MatchingEngine(weights);
            engine.match(new InstanceGenerator(seed + 1).instance(REFERENCE_DATE, 20, 200)); // warm up the code
            System.gc();
            resetPeaks();
            MatchingResult optimum = engine.match(instance);
            long peak = peakHeapBytes();
            out.printf(
                    "%n%d dwellings x %d clients: solve %d ms, peak heap %d MiB%n",
                    size[0], size[1], optimum.solveMillis(), peak >> 20);
            out.printf(
                    "  %-24s %9s %12s %10s %10s %9s%n",
                    "policy", "proposals", "total score", "mean wait", "worst wait", "solve ms");
            line(out, "optimum (engine)", optimum, instance);
            if (baselines) {
                Baselines base = new Baselines(weights);
                MatchingResult longest = base.longestWaitingFirst(instance);
                MatchingResult greedy = base.highestScoreFirst(instance);
                line(out, "longest waiting first", longest, instance);
                line(out, "highest score first", greedy, instance);
                out.printf(
                        "  gain of the optimum in total score: %+.1f%% vs longest waiting first, %+.1f%% vs"
                                + " highest score first%n",
                        gain(optimum, longest), gain(optimum, greedy));
            }
        }
        return 0;
    }

    private static double gain(MatchingResult optimum, MatchingResult other) {
        return other.totalScore() == 0
                ? 0
                : 100.0 * (optimum.totalScore() - other.totalScore()) / Math.abs(other.totalScore());
    }

    private static void line(PrintStream out, String name, MatchingResult result, MatchingInstance instance) {
        Map<String, Client> clients = new HashMap<>();
        for (Client c : instance.clients()) {
            clients.put(c.id(), c);
        }
        long sum = 0;
        long worst = 0;
        for (Proposal p : result.proposals()) {
            long days = ChronoUnit.DAYS.between(clients.get(p.clientId()).eligibleSince(), instance.referenceDate());
            sum += days;
            worst = Math.max(worst, days);
        }
        double mean = result.proposals().isEmpty()
                ? 0
                : (double) sum / result.proposals().size();
        out.printf(
                "  %-24s %9d %12.2f %10.1f %10d %9d%n",
                name, result.proposals().size(), result.totalScore() / 100.0, mean, worst, result.solveMillis());
    }

    static int[][] parseSizes(String sizes) throws InputException {
        String[] parts = sizes.split(",");
        int[][] parsed = new int[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            String[] nm = parts[i].trim().split("x");
            try {
                parsed[i] = new int[] {Integer.parseInt(nm[0]), Integer.parseInt(nm[1])};
            } catch (RuntimeException e) {
                throw new InputException("--sizes: " + parts[i] + " is not of the form DWELLINGSxCLIENTS");
            }
            if (parsed[i][0] < 0 || parsed[i][1] < 0) {
                throw new InputException("--sizes: " + parts[i] + " must not be negative");
            }
        }
        return parsed;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset (an upper bound of the heap in use at any moment). */
    private static long peakHeapBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
