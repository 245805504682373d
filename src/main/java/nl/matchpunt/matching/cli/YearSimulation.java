package nl.matchpunt.matching.cli;

import java.io.PrintStream;
import nl.matchpunt.matching.engine.ScoreWeights;

/** The {@code simulate} command. */
final class YearSimulation {

    private YearSimulation() {}

    static int run(MatchingCommandLine.Options options, ScoreWeights weights, PrintStream out) throws InputException {
        throw new InputException("simulate: not yet available");
    }
}
