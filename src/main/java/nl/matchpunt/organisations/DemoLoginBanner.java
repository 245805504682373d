package nl.matchpunt.organisations;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints the address and the demo logins once the application is ready. */
@Component
@ConditionalOnBooleanProperty("matchpunt.demo")
class DemoLoginBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginBanner.class);

    private final Environment environment;

    DemoLoginBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLogins() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String logins = OrganisationDemoData.ACCOUNTS.stream()
                .map(account -> String.format("    %-12s %s", account.username(), account.displayName()))
                .collect(Collectors.joining(System.lineSeparator()));
        log.info(
                "{}{}  Matchpunt is running at http://localhost:{}{}  Demo logins (password '{}'):{}{}{}",
                System.lineSeparator(),
                System.lineSeparator(),
                port,
                System.lineSeparator(),
                OrganisationDemoData.DEMO_PASSWORD,
                System.lineSeparator(),
                logins,
                System.lineSeparator());
    }
}
