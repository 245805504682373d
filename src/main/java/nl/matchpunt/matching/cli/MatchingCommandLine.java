package nl.matchpunt.matching.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.matchpunt.matching.engine.MatchingEngine;
import nl.matchpunt.matching.engine.MatchingInstance;
import nl.matchpunt.matching.engine.MatchingResult;
import nl.matchpunt.matching.engine.PairScore;
import nl.matchpunt.matching.engine.Proposal;
import nl.matchpunt.matching.engine.ScoreBreakdown;
import nl.matchpunt.matching.engine.ScorePart;
import nl.matchpunt.matching.engine.ScoreWeights;
import nl.matchpunt.matching.engine.UnmatchedDwelling;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line of the matching engine, run before (and without) Spring:
 *
 * <pre>
 * match --input round.json [--output result.json] [--all-scores]
 * match --input round.json --explain CLIENT_ID
 * match --input round.json --explain-dwelling DWELLING_ID
 * bench [--sizes 60x3000,600x30000] [--seed N] [--no-baselines]
 * simulate [--weeks 52] [--seeds 1,2,3] [--supply 1.02,0.95] [--weights ...] [--outlook ...] [--decline-penalty ...]
 * </pre>
 *
 * Exit status 0 on success (also when nothing can be matched), 2 on bad input or usage with one line on standard
 * error naming the place, 1 on an internal error (one line too).
 */
public final class MatchingCommandLine {

    static final String USAGE = "usage: match --input FILE [--output FILE] [--all-scores]"
            + " | match --input FILE (--explain CLIENT_ID | --explain-dwelling DWELLING_ID)"
            + " | bench [--sizes 60x3000,600x30000] [--seed N] [--no-baselines]"
            + " | simulate [--weeks 52] [--seeds 1,2,3] [--supply 1.02,0.95] [--weights PART=N,...]"
            + " [--outlook inPromise=250,atRisk=300,competitionDays=45] [--decline-penalty profile=0,health=0,other=2]";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private MatchingCommandLine() {}

    /**
     * Runs a command.
     *
     * @param args the command ({@code match}, {@code bench} or {@code simulate}) and its options
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new InputException(USAGE);
            }
            Options options = Options.parse(args);
            ScoreWeights weights = weightsFromClasspath();
            return switch (args[0]) {
                case "match" -> match(options, weights, out);
                case "bench" -> Benchmark.run(options, weights, out);
                case "simulate" -> YearSimulation.run(options, weights, out);
                default -> throw new InputException("unknown command: " + args[0] + "; " + USAGE);
            };
        } catch (InputException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // A bug, not bad input: still one line, with status 1 so that scripts can tell the two apart.
            err.println("internal error: " + e);
            return 1;
        }
    }

    /** The weights of {@code application.properties} on the classpath, or the defaults when it is absent. */
    static ScoreWeights weightsFromClasspath() throws InputException {
        Properties properties = new Properties();
        try (InputStream in = MatchingCommandLine.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new InputException("application.properties: cannot be read (" + e.getMessage() + ")");
        }
        try {
            return ScoreWeights.fromProperties(properties);
        } catch (IllegalArgumentException e) {
            throw new InputException("application.properties: " + e.getMessage());
        }
    }

    private static int match(Options options, ScoreWeights weights, PrintStream out) throws InputException {
        options.allow("--input", "--output", "--all-scores", "--explain", "--explain-dwelling");
        String input = options.value("--input");
        if (input == null) {
            throw new InputException("--input: is required; " + USAGE);
        }
        MatchingInstance instance = InstanceReader.read(readFile(input), input);
        MatchingEngine engine = new MatchingEngine(weights);
        MatchingResult result = engine.match(instance);
        String explainClient = options.value("--explain");
        String explainDwelling = options.value("--explain-dwelling");
        if (explainClient != null || explainDwelling != null) {
            try {
                List<String> lines = explainClient != null
                        ? engine.explainClient(instance, result, explainClient).toDutchLines()
                        : engine.explainDwelling(instance, result, explainDwelling)
                                .toDutchLines();
                lines.forEach(out::println);
            } catch (IllegalArgumentException e) {
                throw new InputException(
                        (explainClient != null ? "--explain: " : "--explain-dwelling: ") + e.getMessage());
            }
            return 0;
        }
        Map<String, Object> json = resultJson(result);
        if (options.flag("--all-scores")) {
            List<Map<String, Object>> scores = new ArrayList<>();
            for (PairScore pair : engine.feasiblePairs(instance)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("dwelling", pair.dwellingId());
                row.put("client", pair.clientId());
                row.put("score", ScoreBreakdown.toPoints(pair.score().total()));
                scores.add(row);
            }
            json.put("scores", scores);
        }
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        String output = options.value("--output");
        if (output == null) {
            out.println(text);
        } else {
            try {
                Files.writeString(Path.of(output), text + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException("--output: cannot write " + output);
            }
        }
        return 0;
    }

    /** The result in the shape of MATCHING.md, scores in points with two decimals. */
    static Map<String, Object> resultJson(MatchingResult result) {
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (Proposal proposal : result.proposals()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dwelling", proposal.dwellingId());
            row.put("client", proposal.clientId());
            row.put("score", ScoreBreakdown.toPoints(proposal.score().total()));
            Map<String, Object> breakdown = new LinkedHashMap<>();
            for (ScorePart part : ScorePart.values()) {
                breakdown.put(
                        part.key(), ScoreBreakdown.toPoints(proposal.score().part(part)));
            }
            row.put("breakdown", breakdown);
            proposals.add(row);
        }
        List<Map<String, Object>> unmatched = new ArrayList<>();
        for (UnmatchedDwelling dwelling : result.unmatchedDwellings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dwelling", dwelling.dwellingId());
            row.put("reason", dwelling.reason().code());
            unmatched.add(row);
        }
        Map<String, Object> objective = new LinkedHashMap<>();
        objective.put("proposals", result.proposals().size());
        objective.put("totalScore", ScoreBreakdown.toPoints(result.totalScore()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("proposals", proposals);
        json.put("unmatchedDwellings", unmatched);
        json.put("objective", objective);
        json.put("solveMillis", result.solveMillis());
        return json;
    }

    private static String readFile(String name) throws InputException {
        try {
            return Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(name + ": cannot be read");
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException("--input: not a valid file name: " + name);
        }
    }

    /** Options of the form {@code --name value} or {@code --flag}. */
    static final class Options {
        private static final List<String> FLAGS = List.of("--all-scores", "--no-baselines");
        private final Map<String, String> values = new LinkedHashMap<>();

        static Options parse(String[] args) throws InputException {
            Options options = new Options();
            for (int i = 1; i < args.length; i++) {
                String name = args[i];
                if (!name.startsWith("--")) {
                    throw new InputException(name + ": unexpected argument; " + USAGE);
                }
                if (FLAGS.contains(name)) {
                    options.values.put(name, "");
                } else if (i + 1 >= args.length) {
                    throw new InputException(name + ": needs a value");
                } else {
                    options.values.put(name, args[++i]);
                }
            }
            return options;
        }

        void allow(String... names) throws InputException {
            for (String name : values.keySet()) {
                if (!List.of(names).contains(name)) {
                    throw new InputException(name + ": unknown option; " + USAGE);
                }
            }
        }

        @Nullable
        String value(String name) {
            return values.get(name);
        }

        boolean flag(String name) {
            return values.containsKey(name);
        }

        long number(String name, long fallback) throws InputException {
            String value = values.get(name);
            if (value == null) {
                return fallback;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InputException(name + ": must be a whole number");
            }
        }
    }
}
