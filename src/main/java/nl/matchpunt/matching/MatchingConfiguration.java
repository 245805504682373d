package nl.matchpunt.matching;

import java.util.Properties;
import nl.matchpunt.matching.engine.MatchingEngine;
import nl.matchpunt.matching.engine.ScoreWeights;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The engine of the web round, with the same weights ({@code matchpunt.matching.weights.*}) as the command line. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    MatchingEngine matchingEngine(Environment environment) {
        Properties properties = new Properties();
        for (String part : new String[] {"waiting", "preferences", "contingent", "spread", "scarcity"}) {
            String key = ScoreWeights.PROPERTY_PREFIX + part;
            String value = environment.getProperty(key);
            if (value != null) {
                properties.setProperty(key, value);
            }
        }
        return new MatchingEngine(ScoreWeights.fromProperties(properties));
    }
}
