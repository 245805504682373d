package nl.matchpunt;

import java.util.Set;

/** The command-line tools of the jar, dispatched before Spring starts. */
final class CommandLineTools {

    private static final Set<String> COMMANDS = Set.of();

    private CommandLineTools() {}

    static boolean handles(String command) {
        return COMMANDS.contains(command);
    }

    static int run(String[] args) {
        System.err.println("unknown command: " + args[0]);
        return 2;
    }
}
