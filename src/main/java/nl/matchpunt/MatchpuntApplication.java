package nl.matchpunt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Matchpunt: where housing corporations, care providers and the municipality of Amsterdam meet to house
 * vulnerable people. Started without arguments (or with Spring arguments) it runs the web application; the
 * first argument {@code match}, {@code bench} or {@code simulate} runs a command-line tool of the matching
 * engine instead, without a web server or a database; {@code rotate-bsn-key} re-encrypts the stored BSNs with the
 * current keys, without a web server (see {@link BsnKeyRotationCommand}).
 */
@SpringBootApplication
@EnableScheduling
public class MatchpuntApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CommandLineTools.handles(args[0])) {
            System.exit(CommandLineTools.run(args));
        }
        SpringApplication.run(MatchpuntApplication.class, args);
    }
}
