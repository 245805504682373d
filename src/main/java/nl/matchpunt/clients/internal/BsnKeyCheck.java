package nl.matchpunt.clients.internal;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Checks the BSN keys as soon as the configuration is read (profiles, environment variables, Docker secrets), before
 * any bean is made or the database is touched: without keys of its own, or with the public demo keys outside the
 * default profile, the application (and {@code rotate-bsn-key}) stops with one line (see {@link BsnKeys},
 * {@link BsnKeyFailureAnalyzer}). Registered in {@code META-INF/spring.factories}; ordered last, after the
 * configuration files and imports are loaded.
 */
class BsnKeyCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static BsnKeys check(Environment environment) {
        return BsnKeys.parse(
                environment.getProperty("matchpunt.clients.bsn.encryption-key", ""),
                environment.getProperty("matchpunt.clients.bsn.old-encryption-keys", ""),
                environment.getProperty("matchpunt.clients.bsn.index-key", ""),
                environment.getProperty("matchpunt.clients.bsn.demo-keys-allowed", Boolean.class, false));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
