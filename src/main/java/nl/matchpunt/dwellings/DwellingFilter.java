package nl.matchpunt.dwellings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the list: status, district, available on or after a date, and (for the coordinator only)
 * corporation. Null means "all".
 */
public record DwellingFilter(
        @Nullable DwellingStatus status,
        @Nullable Long districtId,
        @Nullable LocalDate availableFrom,
        @Nullable Long corporationId) {

    public static DwellingFilter none() {
        return new DwellingFilter(null, null, null, null);
    }
}
