package nl.matchpunt.matching.cli;

import java.io.PrintStream;
import nl.matchpunt.matching.engine.ScoreWeights;

/** The {@code bench} command. */
final class Benchmark {

    private Benchmark() {}

    static int run(MatchingCommandLine.Options options, ScoreWeights weights, PrintStream out) throws InputException {
        throw new InputException("bench: not yet available");
    }
}
