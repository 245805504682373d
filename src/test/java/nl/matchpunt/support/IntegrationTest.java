package nl.matchpunt.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application on a real port, with real Spring Security, on real PostgreSQL (see
 * {@link TestDatabase}) with the real Flyway scripts and the demo data. All such tests share one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "matchpunt.demo=true",
            "spring.thymeleaf.cache=true",
            // ListPagesLoadTests holds 14 sessions of the coordinator at once
            "matchpunt.security.max-sessions-per-account=20"
        })
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface IntegrationTest {}
