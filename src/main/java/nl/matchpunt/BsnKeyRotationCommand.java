package nl.matchpunt;

import java.io.PrintStream;
import java.util.Arrays;
import nl.matchpunt.clients.BsnKeyRotation;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar matchpunt.jar rotate-bsn-key [Spring arguments]}: starts the application without a web server (its
 * context, but no port), with the same profile, database and keys as the application (environment variables, Docker
 * secrets or arguments), re-encrypts every stored BSN with the current key and recomputes the search index with the
 * current index key (see {@link BsnKeyRotation}), prints what it did, and ends. Missing or refused keys end it before anything is changed,
 * with the same one-line report as the application's start.
 */
final class BsnKeyRotationCommand {

    static final String NAME = "rotate-bsn-key";

    private BsnKeyRotationCommand() {}

    static int run(String[] args, PrintStream out) {
        SpringApplication application = new SpringApplication(MatchpuntApplication.class);
        // the web configuration (security) is part of the context, but port -1 (as the last argument, above any
        // SERVER_PORT) starts no server: nothing listens
        String[] springArgs = Arrays.copyOf(Arrays.copyOfRange(args, 1, args.length), args.length);
        springArgs[springArgs.length - 1] = "--server.port=-1";
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            BsnKeyRotation.Result result = context.getBean(BsnKeyRotation.class).rotate();
            out.printf(
                    "rotate-bsn-key: %d clients with a BSN, %d re-encrypted with the current key, %d search indexes "
                            + "recomputed; the old encryption keys can now be removed%n",
                    result.clients(), result.reencrypted(), result.reindexed());
            return 0;
        } catch (RuntimeException e) {
            // SpringApplication has reported it already: the one-line analysis of a refused key, or the failure
            return 1;
        }
    }
}
