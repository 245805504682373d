package nl.matchpunt.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.dashboard.Dashboard;
import nl.matchpunt.dashboard.DashboardFilter;
import nl.matchpunt.dashboard.DashboardService;
import nl.matchpunt.dashboard.FigureTable;
import nl.matchpunt.dashboard.WaitingList;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard page, the exports of its tables, and the printable quarterly report. */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final List<String> REPORT_TABLES =
            List.of("groups", "corporations", "districts", "promiseGroups", "promiseProviders", "pipeline", "spread");

    private final DashboardService dashboards;

    private final TableRenderer renderer;

    private final ClientService clients;

    private final OrganisationService organisations;

    private final GeographyService geography;

    private final Clock clock;

    DashboardController(
            DashboardService dashboards,
            TableRenderer renderer,
            ClientService clients,
            OrganisationService organisations,
            GeographyService geography,
            Clock clock) {
        this.dashboards = dashboards;
        this.renderer = renderer;
        this.clients = clients;
        this.organisations = organisations;
        this.geography = geography;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer quarter,
            @RequestParam(required = false) @Nullable Long district,
            @RequestParam(required = false) @Nullable Long corporation,
            @RequestParam(required = false) @Nullable Long careProvider,
            @RequestParam(required = false) @Nullable String group,
            Model model,
            Locale locale) {
        Dashboard dashboard = dashboards.overview(filter(year, quarter, district, corporation, careProvider, group));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("filter", dashboard.filter());
        model.addAttribute("query", query(dashboard.filter()));
        Map<String, RenderedTable> tables = new LinkedHashMap<>();
        dashboard.tables().forEach((id, table) -> tables.put(id, renderer.render(table, locale)));
        model.addAttribute("tables", tables);
        Map<String, TableRenderer.RenderedChart> charts = new LinkedHashMap<>();
        dashboard.charts().forEach(chart -> charts.put(chart.id(), renderer.chart(chart, locale)));
        model.addAttribute("charts", charts);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("years", years());
        model.addAttribute("districts", geography.districts());
        model.addAttribute("corporations", organisations.ofType(OrganisationType.HOUSING_CORPORATION));
        model.addAttribute("careProviders", organisations.ofType(OrganisationType.CARE_PROVIDER));
        model.addAttribute("targetGroups", clients.targetGroups());
        model.addAttribute("organisationName", organisations.currentUser().organisationName());
        return "dashboard/index";
    }

    /** The clients waiting more than 60 days, longest first, a page at a time (not for corporations). */
    @GetMapping("/waiting")
    String waiting(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer quarter,
            @RequestParam(required = false) @Nullable Long district,
            @RequestParam(required = false) @Nullable Long corporation,
            @RequestParam(required = false) @Nullable Long careProvider,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        WaitingList list = dashboards.waiting(filter(year, quarter, district, corporation, careProvider, group), page);
        RenderedTable table = renderer.render(list.table(), locale);
        model.addAttribute("list", list);
        model.addAttribute("table", table);
        model.addAttribute(
                "pageOfRows",
                new PageImpl<>(table.rows(), PageRequest.of(list.page(), DashboardService.WAITING_PAGE), list.total()));
        model.addAttribute("query", query(list.filter()));
        return "dashboard/waiting";
    }

    @GetMapping("/report")
    String report(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer quarter,
            Model model,
            Locale locale) {
        LocalDate today = LocalDate.now(clock);
        int shownQuarter = quarter == null ? (today.getMonthValue() - 1) / 3 + 1 : quarter;
        Dashboard dashboard = dashboards.overview(filter(year, shownQuarter, null, null, null, null));
        Map<String, RenderedTable> tables = new LinkedHashMap<>();
        for (String id : REPORT_TABLES) {
            FigureTable table = dashboard.table(id);
            if (table != null) {
                tables.put(id, renderer.render(table, locale));
            }
        }
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("filter", dashboard.filter());
        model.addAttribute("tables", tables);
        model.addAttribute("organisationName", organisations.currentUser().organisationName());
        model.addAttribute("today", today);
        return "dashboard/report";
    }

    @GetMapping("/export/{id}.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer quarter,
            @RequestParam(required = false) @Nullable Long district,
            @RequestParam(required = false) @Nullable Long corporation,
            @RequestParam(required = false) @Nullable Long careProvider,
            @RequestParam(required = false) @Nullable String group,
            Locale locale) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new NotFoundException("export", format);
        }
        FigureTable table = dashboards
                .table(filter(year, quarter, district, corporation, careProvider, group), id)
                .orElseThrow(() -> new NotFoundException("table", id));
        RenderedTable rendered = renderer.render(table, locale);
        boolean csv = format.equals("csv");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("matchpunt-" + id + "." + format)
                                .build()
                                .toString())
                .body(csv ? Exports.csv(rendered) : Exports.xlsx(rendered));
    }

    private DashboardFilter filter(
            @Nullable Integer year,
            @Nullable Integer quarter,
            @Nullable Long district,
            @Nullable Long corporation,
            @Nullable Long careProvider,
            @Nullable String group) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        return new DashboardFilter(shownYear, quarter, district, corporation, careProvider, group);
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        return java.util.stream.IntStream.rangeClosed(now - 9, now)
                .boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** The filter as a query string, for the export links. */
    static String query(DashboardFilter filter) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance().queryParam("year", filter.year());
        if (filter.quarter() != null) {
            builder.queryParam("quarter", filter.quarter());
        }
        if (filter.districtId() != null) {
            builder.queryParam("district", filter.districtId());
        }
        if (filter.corporationId() != null) {
            builder.queryParam("corporation", filter.corporationId());
        }
        if (filter.careProviderId() != null) {
            builder.queryParam("careProvider", filter.careProviderId());
        }
        if (filter.groupCode() != null) {
            builder.queryParam("group", filter.groupCode());
        }
        return builder.encode().build().getQuery();
    }
}
