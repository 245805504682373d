package nl.matchpunt.dwellings;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The social-rent limit per year ({@code matchpunt.dwellings.social-rent-limit.<year>=<euros>}): a vacancy's
 * rent may not exceed the limit of the year in which it becomes available. A year without its own figure uses the
 * latest earlier one (or the earliest configured one for years before it).
 */
@ConfigurationProperties("matchpunt.dwellings")
public class SocialRentLimits {

    private final NavigableMap<Integer, BigDecimal> socialRentLimit = new TreeMap<>();

    public Map<Integer, BigDecimal> getSocialRentLimit() {
        return socialRentLimit;
    }

    /** The limit that applies in {@code year}. */
    public BigDecimal forYear(int year) {
        if (socialRentLimit.isEmpty()) {
            throw new IllegalStateException("no matchpunt.dwellings.social-rent-limit.<year> configured");
        }
        Map.Entry<Integer, BigDecimal> entry = socialRentLimit.floorEntry(year);
        return entry != null ? entry.getValue() : socialRentLimit.firstEntry().getValue();
    }
}
