package nl.matchpunt.dwellings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings ({@code matchpunt.dwellings.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialRentLimits.class)
class DwellingConfiguration {}
