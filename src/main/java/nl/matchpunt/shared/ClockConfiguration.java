package nl.matchpunt.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Amsterdam's time zone; tests replace it to move time. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }

    /**
     * {@code @Past} and {@code @Future} on forms read "today" from this same clock. Left to itself Bean Validation
     * takes the server's time zone: on a server in UTC, between midnight in Amsterdam and midnight in UTC, the date a
     * form proposes as today would be refused as lying in the future.
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
