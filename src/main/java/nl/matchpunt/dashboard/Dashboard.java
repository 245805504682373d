package nl.matchpunt.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.matchpunt.quota.PlanContent;
import org.jspecify.annotations.Nullable;

/**
 * Everything one dashboard page shows, for one user's scope.
 *
 * @param filter the filter as applied (narrowed to the user's organisation)
 * @param scope whose figures these are
 * @param reference the date the pro-rata figures refer to (today, or the period's end when it lies in the past)
 * @param summary headline figures: planned, placed, pro rata, promise share and days
 * @param tables the tables in the order shown, by id
 * @param charts the charts, each beside its table
 * @param suggestion the suggested plan version (coordinator, current year, when it differs from the plan)
 * @param smallCellThreshold counts from 1 up to this number are suppressed ("&lt; 5"); 0 when nothing is (the
 *     coordinator's dashboard)
 */
public record Dashboard(
        DashboardFilter filter,
        Scope scope,
        LocalDate reference,
        Summary summary,
        Map<String, FigureTable> tables,
        List<ChartData> charts,
        @Nullable PlanContent suggestion,
        int smallCellThreshold) {

    public enum Scope {
        PROGRAMME,
        CORPORATION,
        CARE_PROVIDER
    }

    /**
     * @param planned the plan total (or the corporation's share), null when there is no plan for this scope
     * @param placed placements counted towards the quota in the period
     * @param placedOutside placements of groups outside the quota in the period
     * @param withinPromise share of placements within 90 days of eligibility, in percent (null without data)
     */
    public record Summary(
            @Nullable Integer planned,
            int placed,
            int placedOutside,
            @Nullable Long proRata,
            @Nullable Double withinPromise,
            @Nullable Integer medianDays,
            @Nullable Integer p90Days,
            int waitingOver60,
            int waitingOver90) {}

    /** Whether a headline count is shown as "< 5" rather than as its value. */
    public boolean hidden(@Nullable Number count) {
        return count != null && count.longValue() > 0 && count.longValue() < smallCellThreshold;
    }

    /** Whether the headline figures derived from the placements (promise share, median, 90th percentile) are left out. */
    public boolean derivedHidden() {
        return hidden(summary.placed() + summary.placedOutside());
    }

    public @Nullable FigureTable table(String id) {
        return tables.get(id);
    }
}
