package nl.matchpunt.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the test PostgreSQL database: the migrations run as the owner, the application
 * connects as the ordinary role that row-level security applies to, as in production.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.get();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testDatabase",
                        Map.of(
                                "spring.datasource.url", db.url(),
                                "spring.datasource.username", TestDatabase.APPLICATION_ROLE,
                                "spring.datasource.password", TestDatabase.APPLICATION_ROLE,
                                "spring.flyway.user", db.username(),
                                "spring.flyway.password", db.password())));
    }
}
