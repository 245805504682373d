package nl.matchpunt.organisations;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wraps the application's data source so that each connection carries the current user's organisation, and says
 * at start-up whether PostgreSQL's row-level security is in force for the role the application connects as.
 */
@Configuration(proxyBeanMethods = false)
class RowLevelSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RowLevelSecurityConfiguration.class);

    @Bean
    static BeanPostProcessor organisationScopedDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource
                        && !(bean instanceof OrganisationScopedDataSource)
                        && "dataSource".equals(beanName)) {
                    return new OrganisationScopedDataSource(dataSource);
                }
                return bean;
            }
        };
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> rowLevelSecurityReport(DataSource dataSource) {
        return event -> {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            String product = jdbc.execute(
                    (java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
            if (!"PostgreSQL".equalsIgnoreCase(product)) {
                return;
            }
            Boolean bypasses = jdbc.queryForObject(
                    "select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class);
            String role = jdbc.queryForObject("select current_user", String.class);
            if (Boolean.TRUE.equals(bypasses)) {
                log.warn(
                        "Row-level security is NOT in force: the application connects as '{}', a superuser or a role"
                                + " with BYPASSRLS. Connect as an ordinary role such as matchpunt_app (see README).",
                        role);
            } else {
                log.info("Row-level security is in force for the application's role '{}'", role);
            }
        };
    }
}
