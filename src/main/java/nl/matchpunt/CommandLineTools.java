package nl.matchpunt;

import java.util.Set;
import nl.matchpunt.matching.cli.MatchingCommandLine;

/** The command-line tools of the jar, dispatched before Spring starts. */
final class CommandLineTools {

    private static final Set<String> COMMANDS = Set.of("match", "bench", "simulate", BsnKeyRotationCommand.NAME);

    private CommandLineTools() {}

    static boolean handles(String command) {
        return COMMANDS.contains(command);
    }

    static int run(String[] args) {
        if (BsnKeyRotationCommand.NAME.equals(args[0])) {
            return BsnKeyRotationCommand.run(args, System.out);
        }
        return MatchingCommandLine.run(args, System.out, System.err);
    }
}
