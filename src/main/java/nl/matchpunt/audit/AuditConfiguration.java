package nl.matchpunt.audit;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * Lets a read-only transaction write the audit record of the personal data it reads, on its own connection.
 *
 * <p>By default Spring marks the JDBC connection of a read-only transaction read-only as well, and PostgreSQL then
 * refuses every insert in it; the record of a read would need a transaction of its own, so a second pooled
 * connection while the first is held, and a request could wait for the pool with a connection in hand. With the
 * connection left as it is, the record is written in the read's own transaction and committed with it. A read-only
 * transaction stays read-only for Hibernate: its entities are loaded read-only and never flushed, so nothing the
 * read loads can be changed by it. Isolation levels other than the default would need the connection prepared;
 * the application uses none.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    static BeanPostProcessor readOnlyTransactionsMayAudit() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HibernateJpaVendorAdapter adapter) {
                    adapter.setPrepareConnection(false);
                }
                return bean;
            }
        };
    }
}
