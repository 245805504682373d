package nl.matchpunt.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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
}
