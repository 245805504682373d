package nl.matchpunt.dashboard;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard shows: a year, optionally one quarter of it, and optionally one district, corporation, care
 * provider or target group. The service narrows it to the user's own organisation.
 *
 * @param quarter 1 to 4, or null for the whole year
 */
public record DashboardFilter(
        int year,
        @Nullable Integer quarter,
        @Nullable Long districtId,
        @Nullable Long corporationId,
        @Nullable Long careProviderId,
        @Nullable String groupCode) {

    public DashboardFilter {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            quarter = null;
        }
        if (groupCode != null && groupCode.isBlank()) {
            groupCode = null;
        }
    }

    public static DashboardFilter year(int year) {
        return new DashboardFilter(year, null, null, null, null, null);
    }

    /** The first day of the period. */
    public LocalDate from() {
        return quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The last day of the period. */
    public LocalDate to() {
        return quarter == null
                ? LocalDate.of(year, 12, 31)
                : from().plusMonths(3).minusDays(1);
    }

    DashboardFilter withCorporation(@Nullable Long id) {
        return new DashboardFilter(year, quarter, districtId, id, careProviderId, groupCode);
    }

    DashboardFilter withCareProvider(@Nullable Long id) {
        return new DashboardFilter(year, quarter, districtId, corporationId, id, groupCode);
    }
}
