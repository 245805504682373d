package nl.matchpunt.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.matchpunt.clients.ClientDisclosure;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.TargetGroupSummary;
import nl.matchpunt.dashboard.ChartData.Series;
import nl.matchpunt.dashboard.DashboardQueries.OpenProposal;
import nl.matchpunt.dashboard.DashboardQueries.Placement;
import nl.matchpunt.dashboard.DashboardQueries.Waiting;
import nl.matchpunt.dashboard.FigureTable.Label;
import nl.matchpunt.dashboard.internal.Statistics;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.quota.PlanContent;
import nl.matchpunt.quota.PlanView;
import nl.matchpunt.quota.QuotaArithmetic;
import nl.matchpunt.quota.QuotaArithmetic.Forecast;
import nl.matchpunt.quota.QuotaService;
import nl.matchpunt.shared.NotFoundException;
import nl.matchpunt.shared.PersonalDataListed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's public API: the dashboard of the logged-in user. The coordinator sees the whole programme; a
 * corporation's staff only the placements in its own dwellings, its own vacancies and proposals and its own share
 * of the plan; a care provider's staff only its own clients' placements, waiting clients and proposals. The limit
 * is applied here, to the filter every query uses, whatever the request asked for.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** The three-month promise, in days. */
    public static final int PROMISE_DAYS = 90;

    /** The goal: this share of placements within the promise, in percent. */
    public static final int PROMISE_GOAL = 80;

    /** Longest-waiting clients in the export (oldest first); the counts above the list cover all of them. */
    public static final int WAITING_LISTED = 200;

    /** Longest-waiting clients per page of their own list. */
    public static final int WAITING_PAGE = 25;

    /** The recent weeks whose pace the forecast carries on. */
    static final int PACE_WEEKS = 8;

    private final DashboardQueries queries;

    private final QuotaService quota;

    private final ClientService clients;

    private final OrganisationService organisations;

    private final GeographyService geography;

    private final ClientDisclosure disclosure;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    DashboardService(
            DashboardQueries queries,
            QuotaService quota,
            ClientService clients,
            OrganisationService organisations,
            GeographyService geography,
            ClientDisclosure disclosure,
            ApplicationEventPublisher events,
            Clock clock) {
        this.queries = queries;
        this.quota = quota;
        this.clients = clients;
        this.organisations = organisations;
        this.geography = geography;
        this.disclosure = disclosure;
        this.events = events;
        this.clock = clock;
    }

    /** The filter narrowed to what the current user may see. */
    public DashboardFilter scoped(DashboardFilter requested) {
        CurrentUser user = organisations.currentUser();
        if (user.isCorporationStaff()) {
            return requested.withCorporation(user.organisationId());
        }
        if (user.isCareProviderStaff()) {
            return requested.withCareProvider(user.organisationId());
        }
        if (user.isCoordinator()) {
            return requested;
        }
        throw new org.springframework.security.access.AccessDeniedException("no dashboard for this role");
    }

    private Dashboard.Scope scope() {
        CurrentUser user = organisations.currentUser();
        if (user.isCorporationStaff()) {
            return Dashboard.Scope.CORPORATION;
        }
        return user.isCareProviderStaff() ? Dashboard.Scope.CARE_PROVIDER : Dashboard.Scope.PROGRAMME;
    }

    /** The dashboard for the requested filter, limited to the user's own figures. */
    public Dashboard dashboard(DashboardFilter requested) {
        return dashboard(requested, id -> true);
    }

    /** The dashboard page: every figure except the list of longest waiting clients, which has its own pages. */
    public Dashboard overview(DashboardFilter requested) {
        return dashboard(requested, id -> !id.equals("waiting"));
    }

    /**
     * One page of the clients who have waited more than 60 days since eligibility, longest first, for the
     * coordinator and for a care provider's staff (their own clients); a corporation has no such list. Pages count
     * from 0, like every list's; a page beyond the last shows the last.
     */
    public WaitingList waiting(DashboardFilter requested, int page) {
        if (scope() == Dashboard.Scope.CORPORATION) {
            throw new NotFoundException("table", "waiting");
        }
        DashboardFilter filter = scoped(requested);
        LocalDate today = LocalDate.now(clock);
        int total = queries.countLongestWaiting(today.minusDays(61), filter);
        int pages = Math.max(1, (total + WAITING_PAGE - 1) / WAITING_PAGE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        List<Long> listed = new ArrayList<>();
        FigureTable table = longestWaiting(filter, today, names(), listed, WAITING_PAGE, shown * WAITING_PAGE);
        events.publishEvent(PersonalDataListed.of("CLIENT", listed, "dashboard"));
        return new WaitingList(filter, table, total, shown, pages);
    }

    /** One table of the dashboard by id, the same as on the page (for the exports). */
    public Optional<FigureTable> table(DashboardFilter requested, String id) {
        return Optional.ofNullable(dashboard(requested, id::equals).table(id));
    }

    private Dashboard dashboard(DashboardFilter requested, java.util.function.Predicate<String> wanted) {
        List<Long> listed = new ArrayList<>();
        Dashboard dashboard = build(requested, wanted, listed);
        // the lists of longest waiting clients and open proposals name clients by code, with group and care
        // provider: a read of personal data, audited like any list (one record per client shown)
        events.publishEvent(PersonalDataListed.of("CLIENT", listed, "dashboard"));
        return dashboard;
    }

    private Dashboard build(DashboardFilter requested, java.util.function.Predicate<String> wanted, List<Long> listed) {
        DashboardFilter filter = scoped(requested);
        Dashboard.Scope scope = scope();
        CurrentUser viewer = organisations.currentUser();
        // Consent holds in figures too (ClientDisclosure). A corporation's figures are over other organisations'
        // clients, so its breakdowns by target group (the group tables and charts) count only the clients whose
        // consent shares the group; the others still count in the totals, under no group. When it filters on a
        // target group, every figure of the page counts only those clients, so that no filter, table or export
        // tells it the group of a client who withheld it. Small counts are suppressed on top (see suppress).
        boolean consent = ClientDisclosure.groupsOnlyWithConsent(viewer);
        boolean groupFilter = consent && filter.groupCode() != null;
        boolean programme = scope == Dashboard.Scope.PROGRAMME;
        LocalDate today = LocalDate.now(clock);
        LocalDate reference = filter.to().isBefore(today) ? filter.to() : today;
        LocalDate until = reference.isBefore(filter.from()) ? filter.from().minusDays(1) : reference;
        Names names = names();
        Optional<PlanView> plan = quota.activePlan(filter.year());
        List<Placement> placements = consented(queries.placements(filter.from(), until, filter, consent), groupFilter);
        List<Placement> groupable = consented(placements, consent);

        Map<String, FigureTable> tables = new LinkedHashMap<>();
        List<ChartData> charts = new ArrayList<>();
        double periodShare = periodShare(filter, reference);

        // delivered per target group
        Map<String, List<Placement>> perGroup = group(groupable, Placement::groupCode);
        List<List<@Nullable Object>> groupRows = new ArrayList<>();
        List<String> groupLabels = new ArrayList<>();
        List<Integer> groupPlanned = new ArrayList<>();
        List<Integer> groupPlaced = new ArrayList<>();
        List<Long> groupProRata = new ArrayList<>();
        for (TargetGroupSummary group : names.groups()) {
            if (filter.groupCode() != null && !filter.groupCode().equals(group.code())) {
                continue;
            }
            int placed = perGroup.getOrDefault(group.code(), List.of()).size();
            int planned = plan.map(p -> p.content().group(group.code())).orElse(0);
            if (placed == 0 && (!programme || planned == 0)) {
                continue;
            }
            Label counts = new Label(group.countsTowardsQuota() ? "dashboard.yes" : "dashboard.no");
            if (programme && plan.isPresent()) {
                long proRata = Math.round(planned * periodShare);
                groupRows.add(row(group.name(), counts, planned, placed, proRata, proRata - placed));
                groupPlanned.add(planned);
                groupProRata.add(proRata);
            } else {
                groupRows.add(row(group.name(), counts, placed));
            }
            groupLabels.add(group.name());
            groupPlaced.add(placed);
        }
        boolean withPlan = programme && plan.isPresent();
        tables.put(
                "groups",
                new FigureTable(
                        "groups",
                        "dashboard.table.groups",
                        withPlan
                                ? planColumns("dashboard.col.group", true)
                                : List.of("dashboard.col.group", "dashboard.col.counts", "dashboard.col.placed"),
                        groupRows));
        charts.add(planChart("groups", "dashboard.table.groups", groupLabels, groupPlanned, groupPlaced, groupProRata));

        // delivered per corporation
        Map<Long, List<Placement>> perCorporation = group(placements, Placement::corporationId);
        List<List<@Nullable Object>> corporationRows = new ArrayList<>();
        List<String> corporationLabels = new ArrayList<>();
        List<Integer> corporationPlanned = new ArrayList<>();
        List<Integer> corporationPlaced = new ArrayList<>();
        List<Long> corporationProRata = new ArrayList<>();
        boolean corporationPlan = scope != Dashboard.Scope.CARE_PROVIDER && plan.isPresent();
        for (OrganisationSummary corporation : names.corporations()) {
            if (filter.corporationId() != null && !filter.corporationId().equals(corporation.id())) {
                continue;
            }
            int placed =
                    perCorporation.getOrDefault(corporation.id(), List.of()).size();
            int planned =
                    plan.map(p -> p.content().corporation(corporation.id())).orElse(0);
            if (placed == 0 && (!corporationPlan || planned == 0)) {
                continue;
            }
            if (corporationPlan) {
                long proRata = Math.round(planned * periodShare);
                corporationRows.add(row(corporation.name(), planned, placed, proRata, proRata - placed));
                corporationPlanned.add(planned);
                corporationProRata.add(proRata);
            } else {
                corporationRows.add(row(corporation.name(), placed));
            }
            corporationLabels.add(corporation.name());
            corporationPlaced.add(placed);
        }
        tables.put(
                "corporations",
                new FigureTable(
                        "corporations",
                        "dashboard.table.corporations",
                        corporationPlan
                                ? planColumns("dashboard.col.corporation", false)
                                : List.of("dashboard.col.corporation", "dashboard.col.placed"),
                        corporationRows));
        charts.add(planChart(
                "corporations",
                "dashboard.table.corporations",
                corporationLabels,
                corporationPlanned,
                corporationPlaced,
                corporationProRata));

        // delivered per district
        Map<Long, List<Placement>> perDistrict =
                group(placements, placement -> placement.districtId() == null ? 0L : placement.districtId());
        List<List<@Nullable Object>> districtRows = new ArrayList<>();
        List<String> districtLabels = new ArrayList<>();
        List<Integer> districtPlaced = new ArrayList<>();
        for (Region district : names.districts()) {
            int placed = perDistrict.getOrDefault(district.id(), List.of()).size();
            if (filter.districtId() != null && !filter.districtId().equals(district.id())) {
                continue;
            }
            districtRows.add(row(
                    district.name(),
                    placed,
                    percent(placed, placements.size()),
                    district.socialRentStock(),
                    perThousand(placed, district.socialRentStock())));
            districtLabels.add(district.name());
            districtPlaced.add(placed);
        }
        tables.put(
                "districts",
                new FigureTable(
                        "districts",
                        "dashboard.table.districts",
                        List.of(
                                "dashboard.col.district",
                                "dashboard.col.placed",
                                "dashboard.col.sharePercent",
                                "dashboard.col.stock",
                                "dashboard.col.perThousand"),
                        districtRows));
        charts.add(new ChartData(
                "districts",
                "dashboard.table.districts",
                districtLabels,
                List.of(new Series("dashboard.col.placed", districtPlaced, false))));

        // the three-month promise
        tables.put(
                "promiseGroups",
                promise(
                        "promiseGroups",
                        "dashboard.table.promiseGroups",
                        "dashboard.col.group",
                        groupable,
                        Placement::groupCode,
                        names.groupNames()));
        tables.put(
                "promiseProviders",
                promise(
                        "promiseProviders",
                        "dashboard.table.promiseProviders",
                        "dashboard.col.careProvider",
                        placements.stream()
                                .filter(placement -> placement.careProviderId() != null)
                                .toList(),
                        placement -> String.valueOf(placement.careProviderId()),
                        names.organisationNamesByText()));
        charts.add(promiseChart(tables.get("promiseGroups")));

        // clients waiting, and the pipeline
        int over60 = 0;
        int over90 = 0;
        LocalDate recentFrom = today.minusWeeks(PACE_WEEKS).plusDays(1);
        boolean everything = filter.districtId() == null
                && filter.corporationId() == null
                && filter.careProviderId() == null
                && filter.groupCode() == null;
        List<Waiting> waiting = List.of();
        List<Object[]> inflow = List.of();
        if (scope != Dashboard.Scope.CORPORATION) {
            waiting = queries.waiting(today, filter);
            for (Waiting clientsWaiting : waiting) {
                long days = ChronoUnit.DAYS.between(clientsWaiting.eligibleSince(), today);
                over60 += days > 60 ? clientsWaiting.clients() : 0;
                over90 += days > PROMISE_DAYS ? clientsWaiting.clients() : 0;
            }
            if (wanted.test("waiting")) {
                tables.put("waiting", longestWaiting(filter, today, names, listed, WAITING_LISTED, 0));
            }
            if (wanted.test("pipeline") || (everything && wanted.test("forecast"))) {
                inflow = queries.inflow(recentFrom, today, filter);
                tables.put("pipeline", pipeline(waiting, inflow, names, today));
            }
        }
        if (scope != Dashboard.Scope.CARE_PROVIDER && wanted.test("vacancies")) {
            tables.put("vacancies", vacancies(filter, names));
        }
        if (wanted.test("proposals")) {
            tables.put("proposals", proposals(filter, today, names, consent, listed));
        }

        // forecast and suggested adjustment (the programme's figures, this year)
        PlanContent suggestion = null;
        if (programme && plan.isPresent() && filter.year() == today.getYear() && wanted.test("forecast")) {
            DashboardFilter all = DashboardFilter.year(today.getYear());
            boolean reuse = everything && filter.quarter() == null;
            suggestion = forecast(
                    plan.get(),
                    today,
                    names,
                    tables,
                    reuse ? placements : queries.placements(LocalDate.of(today.getYear(), 1, 1), today, all),
                    reuse ? waiting : queries.waiting(today, all),
                    reuse && !inflow.isEmpty() ? inflow : queries.inflow(recentFrom, today, all),
                    recentFrom);
        }

        // spread over the last twelve months
        if (wanted.test("spread")) {
            tables.put("spread", spread(filter, today, names, consent, groupFilter));
        }

        // headline figures
        List<Integer> days = sortedDays(placements);
        int placedCounting = (int) placements.stream().filter(Placement::counts).count();
        Integer planned = null;
        Long proRata = null;
        if (plan.isPresent() && scope == Dashboard.Scope.PROGRAMME) {
            planned = plan.get().content().total();
        } else if (plan.isPresent() && scope == Dashboard.Scope.CORPORATION) {
            planned = plan.get().content().corporation(filter.corporationId());
        }
        if (planned != null) {
            proRata = Math.round(planned * periodShare);
        }
        Dashboard.Summary summary = new Dashboard.Summary(
                planned,
                placedCounting,
                placements.size() - placedCounting,
                proRata,
                Statistics.shareWithin(days, PROMISE_DAYS),
                Statistics.percentile(days, 0.5),
                Statistics.percentile(days, 0.9),
                over60,
                over90);
        if (disclosure.suppressesSmallCells(viewer)) {
            tables.replaceAll((id, table) -> suppress(table));
            charts = charts.stream()
                    .map(chart -> chart.id().equals("promise") ? promiseChart(tables.get("promiseGroups")) : chart)
                    .map(this::suppress)
                    .toList();
            return new Dashboard(
                    filter, scope, reference, summary, tables, charts, suggestion, disclosure.smallCellThreshold());
        }
        return new Dashboard(filter, scope, reference, summary, tables, charts, suggestion, 0);
    }

    /** Only the placements whose client shares the target group, when {@code only}; otherwise all. */
    private static List<Placement> consented(List<Placement> placements, boolean only) {
        return only ? placements.stream().filter(Placement::groupShared).toList() : placements;
    }

    /** Columns that count people: a count from 1 up to the threshold is shown as "< 5". */
    private static final Set<String> COUNT_COLUMNS = Set.of(
            "dashboard.col.placed",
            "dashboard.col.within90",
            "dashboard.col.waiting",
            "dashboard.col.over60",
            "dashboard.col.over90",
            "dashboard.col.inflow",
            "dashboard.col.placed12");

    /**
     * Columns derived from the people counted in the same row (a share, a median, the longest wait, the gap to the
     * pro-rata line): left out of a row in which any count is suppressed, as they would give the count away.
     */
    private static final Set<String> DERIVED_COLUMNS = Set.of(
            "dashboard.col.behind",
            "dashboard.col.sharePercent",
            "dashboard.col.perThousand",
            "dashboard.col.withinPromise",
            "dashboard.col.median",
            "dashboard.col.p90",
            "dashboard.col.longest");

    /**
     * The table with its small cells suppressed (for corporations and care providers, see
     * {@link ClientDisclosure}): counts from 1 up to the threshold become "< 5", and the figures derived from them
     * in the same row are left out. Lists of single records (the longest waiting of one's own clients, the open
     * proposals, vacancies) count nobody and stay as they are.
     */
    FigureTable suppress(FigureTable table) {
        List<String> columns = table.columnKeys();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (List<@Nullable Object> row : table.rows()) {
            List<@Nullable Object> shown = new ArrayList<>(row);
            boolean small = false;
            for (int c = 0; c < columns.size() && c < row.size(); c++) {
                if (COUNT_COLUMNS.contains(columns.get(c))
                        && row.get(c) instanceof Number count
                        && disclosure.isSmallCell(count.longValue())) {
                    shown.set(c, smallCell());
                    small = true;
                }
            }
            for (int c = 0; small && c < columns.size() && c < row.size(); c++) {
                if (DERIVED_COLUMNS.contains(columns.get(c)) && row.get(c) != null) {
                    shown.set(c, new Label("dashboard.suppressed"));
                }
            }
            rows.add(shown);
        }
        return new FigureTable(table.id(), table.titleKey(), columns, rows);
    }

    /** The chart with its small counts left out (a gap rather than a bar that would single a person out). */
    private ChartData suppress(ChartData chart) {
        List<Series> series = new ArrayList<>();
        for (Series one : chart.series()) {
            boolean counts = COUNT_COLUMNS.contains(one.labelKey());
            List<@Nullable Number> values = new ArrayList<>();
            for (Number value : one.values()) {
                values.add(counts && value != null && disclosure.isSmallCell(value.longValue()) ? null : value);
            }
            series.add(new Series(one.labelKey(), values, one.line()));
        }
        return new ChartData(chart.id(), chart.titleKey(), chart.labels(), series);
    }

    private Label smallCell() {
        return new Label("dashboard.smallCell", disclosure.smallCellThreshold());
    }

    private double periodShare(DashboardFilter filter, LocalDate reference) {
        if (reference.isBefore(filter.from())) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(filter.from(), reference) + 1;
        return days / (double) filter.from().lengthOfYear();
    }

    private static List<String> planColumns(String first, boolean counts) {
        List<String> columns = new ArrayList<>();
        columns.add(first);
        if (counts) {
            columns.add("dashboard.col.counts");
        }
        columns.addAll(List.of(
                "dashboard.col.planned", "dashboard.col.placed", "dashboard.col.proRata", "dashboard.col.behind"));
        return columns;
    }

    private static ChartData planChart(
            String id,
            String title,
            List<String> labels,
            List<Integer> planned,
            List<Integer> placed,
            List<Long> proRata) {
        List<Series> series = new ArrayList<>();
        if (!planned.isEmpty()) {
            series.add(new Series("dashboard.col.planned", planned, false));
        }
        series.add(new Series("dashboard.col.placed", placed, false));
        if (!proRata.isEmpty()) {
            series.add(new Series("dashboard.col.proRata", proRata, true));
        }
        return new ChartData(id, title, labels, series);
    }

    private static ChartData promiseChart(FigureTable table) {
        List<String> labels = new ArrayList<>();
        List<@Nullable Double> shares = new ArrayList<>();
        List<Integer> goal = new ArrayList<>();
        for (List<@Nullable Object> row : table.rows()) {
            labels.add(String.valueOf(row.get(0)));
            // a share left out because it would single a person out is a gap in the chart, not a zero
            shares.add(row.get(3) instanceof Double share ? share : row.get(3) == null ? 0.0 : null);
            goal.add(PROMISE_GOAL);
        }
        return new ChartData(
                "promise",
                table.titleKey(),
                labels,
                List.of(
                        new Series("dashboard.col.withinPromise", shares, false),
                        new Series("dashboard.col.goal", goal, true)));
    }

    private static FigureTable promise(
            String id,
            String title,
            String nameColumn,
            List<Placement> placements,
            Function<Placement, String> key,
            Map<String, String> names) {
        Map<String, List<Placement>> grouped = new TreeMap<>(group(placements, key));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Placement>> entry : grouped.entrySet()) {
            List<Integer> days = sortedDays(entry.getValue());
            if (days.isEmpty()) {
                continue;
            }
            rows.add(row(
                    names.getOrDefault(entry.getKey(), entry.getKey()),
                    days.size(),
                    days.stream().filter(day -> day <= PROMISE_DAYS).count(),
                    Statistics.shareWithin(days, PROMISE_DAYS),
                    Statistics.percentile(days, 0.5),
                    Statistics.percentile(days, 0.9)));
        }
        rows.sort((a, b) -> String.valueOf(a.get(0)).compareTo(String.valueOf(b.get(0))));
        return new FigureTable(
                id,
                title,
                List.of(
                        nameColumn,
                        "dashboard.col.placed",
                        "dashboard.col.within90",
                        "dashboard.col.withinPromise",
                        "dashboard.col.median",
                        "dashboard.col.p90"),
                rows);
    }

    private FigureTable longestWaiting(
            DashboardFilter filter, LocalDate today, Names names, List<Long> listed, int limit, int offset) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (DashboardQueries.WaitingClient client :
                queries.longestWaiting(today.minusDays(61), filter, limit, offset)) {
            listed.add(client.clientId());
            long days = ChronoUnit.DAYS.between(client.eligibleSince(), today);
            rows.add(row(
                    client.clientCode(),
                    names.groupNames().getOrDefault(client.groupCode(), client.groupCode()),
                    names.organisationName(client.careProviderId()),
                    client.eligibleSince(),
                    days,
                    new Label(days > PROMISE_DAYS ? "dashboard.waiting.over90" : "dashboard.waiting.over60")));
        }
        return new FigureTable(
                "waiting",
                "dashboard.table.waiting",
                List.of(
                        "dashboard.col.client",
                        "dashboard.col.group",
                        "dashboard.col.careProvider",
                        "dashboard.col.eligibleSince",
                        "dashboard.col.daysWaiting",
                        "dashboard.col.signal"),
                rows);
    }

    private FigureTable pipeline(List<Waiting> waiting, List<Object[]> inflowRows, Names names, LocalDate today) {
        Map<String, int[]> perGroup = new HashMap<>();
        for (Waiting clientsWaiting : waiting) {
            int days = (int) ChronoUnit.DAYS.between(clientsWaiting.eligibleSince(), today);
            int[] figures = perGroup.computeIfAbsent(clientsWaiting.groupCode(), code -> new int[4]);
            figures[0] += clientsWaiting.clients();
            figures[1] += days > 60 ? clientsWaiting.clients() : 0;
            figures[2] += days > PROMISE_DAYS ? clientsWaiting.clients() : 0;
            figures[3] = Math.max(figures[3], days);
        }
        Map<String, Integer> inflow = new HashMap<>();
        for (Object[] row : inflowRows) {
            inflow.put((String) row[0], (Integer) row[1]);
        }
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (TargetGroupSummary group : names.groups()) {
            int[] figures = perGroup.get(group.code());
            int groupInflow = inflow.getOrDefault(group.code(), 0);
            if (figures == null && groupInflow == 0) {
                continue;
            }
            int[] shown = figures == null ? new int[4] : figures;
            rows.add(row(group.name(), shown[0], shown[1], shown[2], shown[3], groupInflow));
        }
        return new FigureTable(
                "pipeline",
                "dashboard.table.pipeline",
                List.of(
                        "dashboard.col.group",
                        "dashboard.col.waiting",
                        "dashboard.col.over60",
                        "dashboard.col.over90",
                        "dashboard.col.longest",
                        "dashboard.col.inflow"),
                rows);
    }

    private FigureTable vacancies(DashboardFilter filter, Names names) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (DashboardQueries.Vacancies vacancies : queries.vacancies(filter)) {
            rows.add(row(
                    names.organisationName(vacancies.corporationId()),
                    vacancies.open(),
                    vacancies.oldestAvailableFrom()));
        }
        rows.sort((a, b) -> String.valueOf(a.get(0)).compareTo(String.valueOf(b.get(0))));
        return new FigureTable(
                "vacancies",
                "dashboard.table.vacancies",
                List.of("dashboard.col.corporation", "dashboard.col.openVacancies", "dashboard.col.oldestAvailable"),
                rows);
    }

    private FigureTable proposals(
            DashboardFilter filter, LocalDate today, Names names, boolean consent, List<Long> listed) {
        ZoneId zone = clock.getZone();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (OpenProposal proposal : queries.openProposals(filter, consent)) {
            if (!proposal.groupShared() && filter.groupCode() != null) {
                continue;
            }
            listed.add(proposal.clientId());
            LocalDate sent = LocalDate.ofInstant(proposal.sentAt(), zone);
            String awaiting = proposal.corporationAnswered()
                    ? "dashboard.awaiting.careProvider"
                    : proposal.providerAnswered() ? "dashboard.awaiting.corporation" : "dashboard.awaiting.both";
            rows.add(row(
                    proposal.clientCode(),
                    proposal.groupShared()
                            ? names.groupNames().getOrDefault(proposal.groupCode(), proposal.groupCode())
                            : new Label("dashboard.group.withheld"),
                    names.organisationName(proposal.corporationId()),
                    names.organisationName(proposal.careProviderId()),
                    sent,
                    ChronoUnit.DAYS.between(sent, today),
                    new Label(awaiting)));
        }
        return new FigureTable(
                "proposals",
                "dashboard.table.proposals",
                List.of(
                        "dashboard.col.client",
                        "dashboard.col.group",
                        "dashboard.col.corporation",
                        "dashboard.col.careProvider",
                        "dashboard.col.sentOn",
                        "dashboard.col.daysOpen",
                        "dashboard.col.awaiting"),
                rows);
    }

    /** Adds the forecast table; returns the suggested plan version, or null when it equals the current one. */
    private @Nullable PlanContent forecast(
            PlanView plan,
            LocalDate today,
            Names names,
            Map<String, FigureTable> tables,
            List<Placement> yearToDate,
            List<Waiting> waitingNow,
            List<Object[]> inflowRows,
            LocalDate recentFrom) {
        Map<String, List<Placement>> placed = group(yearToDate, Placement::groupCode);
        List<Placement> recentPlacements = recentFrom.getYear() == today.getYear()
                ? yearToDate.stream()
                        .filter(placement -> !placement.agreedOn().isBefore(recentFrom))
                        .toList()
                : queries.placements(recentFrom, today, DashboardFilter.year(today.getYear()));
        Map<String, Long> recent =
                recentPlacements.stream().collect(Collectors.groupingBy(Placement::groupCode, Collectors.counting()));
        Map<String, Integer> inflow = new HashMap<>();
        for (Object[] row : inflowRows) {
            inflow.put((String) row[0], (Integer) row[1]);
        }
        Map<String, Integer> waiting = new HashMap<>();
        for (Waiting clientsWaiting : waitingNow) {
            waiting.merge(clientsWaiting.groupCode(), clientsWaiting.clients(), Integer::sum);
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Forecast> forecasts = new LinkedHashMap<>();
        for (TargetGroupSummary group : names.groups()) {
            if (!plan.content().groups().containsKey(group.code())) {
                continue;
            }
            Forecast forecast = QuotaArithmetic.forecast(
                    plan.content().group(group.code()),
                    placed.getOrDefault(group.code(), List.of()).size(),
                    recent.getOrDefault(group.code(), 0L).intValue(),
                    inflow.getOrDefault(group.code(), 0),
                    waiting.getOrDefault(group.code(), 0),
                    PACE_WEEKS,
                    today);
            forecasts.put(group.code(), forecast);
            expected.put(group.code(), forecast.expected());
        }
        Set<String> counting = names.groups().stream()
                .filter(TargetGroupSummary::countsTowardsQuota)
                .map(TargetGroupSummary::code)
                .collect(Collectors.toSet());
        Map<String, Integer> suggested =
                QuotaArithmetic.suggestAdjustment(plan.content().groups(), expected, counting);
        List<List<@Nullable Object>> rows = new ArrayList<>();
        forecasts.forEach((code, forecast) -> rows.add(row(
                names.groupNames().getOrDefault(code, code),
                new Label(counting.contains(code) ? "dashboard.yes" : "dashboard.no"),
                forecast.planned(),
                placed.getOrDefault(code, List.of()).size(),
                Math.round(forecast.perWeek() * 10) / 10.0,
                forecast.expected(),
                new Label("dashboard.outcome." + forecast.outcome()),
                suggested.get(code))));
        tables.put(
                "forecast",
                new FigureTable(
                        "forecast",
                        "dashboard.table.forecast",
                        List.of(
                                "dashboard.col.group",
                                "dashboard.col.counts",
                                "dashboard.col.planned",
                                "dashboard.col.placed",
                                "dashboard.col.perWeek",
                                "dashboard.col.expected",
                                "dashboard.col.outcome",
                                "dashboard.col.suggested"),
                        rows));
        PlanContent suggestion = new PlanContent(
                plan.content().total(), suggested, plan.content().corporations());
        return suggestion.equals(plan.content()) ? null : suggestion;
    }

    private FigureTable spread(
            DashboardFilter filter, LocalDate today, Names names, boolean consent, boolean groupFilter) {
        List<Placement> lastYear =
                consented(queries.placements(today.minusYears(1).plusDays(1), today, filter, consent), groupFilter);
        Map<Long, Long> perArea = lastYear.stream()
                .filter(placement -> placement.areaId() != null)
                .collect(Collectors.groupingBy(Placement::areaId, Collectors.counting()));
        Map<Long, Long> perDistrict = lastYear.stream()
                .filter(placement -> placement.districtId() != null)
                .collect(Collectors.groupingBy(Placement::districtId, Collectors.counting()));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Region district : names.districts()) {
            if (filter.districtId() != null && !filter.districtId().equals(district.id())) {
                continue;
            }
            long inDistrict = perDistrict.getOrDefault(district.id(), 0L);
            rows.add(row(
                    district.name(),
                    new Label("dashboard.spread.wholeDistrict"),
                    inDistrict,
                    district.socialRentStock(),
                    perThousand(inDistrict, district.socialRentStock())));
            for (Region area : names.areas()) {
                if (!district.id().equals(area.parentId())) {
                    continue;
                }
                long inArea = perArea.getOrDefault(area.id(), 0L);
                rows.add(row(
                        district.name(),
                        area.name(),
                        inArea,
                        area.socialRentStock(),
                        perThousand(inArea, area.socialRentStock())));
            }
        }
        return new FigureTable(
                "spread",
                "dashboard.table.spread",
                List.of(
                        "dashboard.col.district",
                        "dashboard.col.area",
                        "dashboard.col.placed12",
                        "dashboard.col.stock",
                        "dashboard.col.perThousand"),
                rows);
    }

    private static List<Integer> sortedDays(List<Placement> placements) {
        return placements.stream()
                .map(Placement::daysWaited)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
    }

    private static <K> Map<K, List<Placement>> group(List<Placement> placements, Function<Placement, K> key) {
        return placements.stream().collect(Collectors.groupingBy(key));
    }

    private static @Nullable Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static @Nullable Double perThousand(long placed, @Nullable Integer stock) {
        return stock == null || stock == 0 ? null : Math.round(10000.0 * placed / stock) / 10.0;
    }

    private static List<@Nullable Object> row(@Nullable Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private Names names() {
        return new Names(clients.targetGroups(), organisations.all(), geography.districts(), geography.areas());
    }

    /** The names the tables show, read once per page. */
    private record Names(
            List<TargetGroupSummary> groups,
            List<OrganisationSummary> organisations,
            List<Region> districts,
            List<Region> areas) {

        Map<String, String> groupNames() {
            return groups.stream().collect(Collectors.toMap(TargetGroupSummary::code, TargetGroupSummary::name));
        }

        List<OrganisationSummary> corporations() {
            return organisations.stream()
                    .filter(organisation -> organisation.type() == OrganisationType.HOUSING_CORPORATION)
                    .toList();
        }

        Map<String, String> organisationNamesByText() {
            return organisations.stream()
                    .collect(Collectors.toMap(
                            organisation -> String.valueOf(organisation.id()), OrganisationSummary::name));
        }

        String organisationName(long id) {
            return organisations.stream()
                    .filter(organisation -> organisation.id() == id)
                    .map(OrganisationSummary::name)
                    .findFirst()
                    .orElse(String.valueOf(id));
        }
    }
}
