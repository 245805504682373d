package nl.matchpunt.quota;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.TargetGroupSummary;
import nl.matchpunt.clients.WaitingClient;
import nl.matchpunt.geography.GeoLevel;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.matching.ContingentSource.ContingentFigures;
import nl.matchpunt.matching.PlacementAgreed;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's public API: the yearly plans (drafted, activated and adjusted by the coordinator, with their
 * history), the ledger of counted placements, and the figures per group and corporation for the dashboard and for
 * matching's contingent port.
 */
@Service
@Transactional
public class QuotaService {

    /** The yearly number of dwellings agreed since 2020. */
    public static final int DEFAULT_TOTAL = 1800;

    private static final String COORDINATOR = "hasRole('COORDINATOR')";

    private final YearlyPlanRepository plans;

    private final LedgerEntryRepository ledger;

    private final ClientService clients;

    private final OrganisationService organisations;

    private final GeographyService geography;

    private final Clock clock;

    QuotaService(
            YearlyPlanRepository plans,
            LedgerEntryRepository ledger,
            ClientService clients,
            OrganisationService organisations,
            GeographyService geography,
            Clock clock) {
        this.plans = plans;
        this.ledger = ledger;
        this.clients = clients;
        this.organisations = organisations;
        this.geography = geography;
        this.clock = clock;
    }

    // --- plans ---------------------------------------------------------------------------------------------

    @PreAuthorize(COORDINATOR)
    @Transactional(readOnly = true)
    public List<PlanView> plans() {
        return plans.findAllByOrderByYearDesc().stream().map(YearlyPlan::view).toList();
    }

    /**
     * The plan of a year, draft or active. Readable for every logged-in user: the dashboard shows a corporation
     * only its own share of it.
     */
    @Transactional(readOnly = true)
    public Optional<PlanView> plan(int year) {
        return plans.findByYear(year).map(YearlyPlan::view);
    }

    /** The active plan of a year, if there is one. */
    @Transactional(readOnly = true)
    public Optional<PlanView> activePlan(int year) {
        return plan(year).filter(PlanView::isActive);
    }

    /** The codes of the target groups that count towards the yearly total. */
    @Transactional(readOnly = true)
    public Set<String> countingGroups() {
        return clients.targetGroups().stream()
                .filter(TargetGroupSummary::countsTowardsQuota)
                .map(TargetGroupSummary::code)
                .collect(Collectors.toSet());
    }

    /**
     * A suggestion for a new plan: the default total, split over the groups in the quota by last year's inflow
     * (clients who became eligible that year: those since placed, from the ledger, and those still waiting), groups
     * outside the quota at their inflow, and the corporations by their share of last year's placements.
     */
    @PreAuthorize(COORDINATOR)
    @Transactional(readOnly = true)
    public PlanContent suggestion(int year) {
        LocalDate from = LocalDate.of(year - 1, 1, 1);
        LocalDate to = LocalDate.of(year - 1, 12, 31);
        Map<String, Integer> inflow = new HashMap<>(counts(ledger.countEligibleInPerGroup(from, to)));
        for (WaitingClient client : clients.waitingForMatching(LocalDate.now(clock))) {
            if (!client.eligibleSince().isBefore(from)
                    && !client.eligibleSince().isAfter(to)) {
                inflow.merge(client.targetGroupCode(), 1, Integer::sum);
            }
        }
        Map<String, Integer> counting = new LinkedHashMap<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (TargetGroupSummary group : clients.activeTargetGroups()) {
            int groupInflow = inflow.getOrDefault(group.code(), 0);
            if (group.countsTowardsQuota()) {
                counting.put(group.code(), groupInflow == 0 ? 1 : groupInflow);
            } else {
                groups.put(group.code(), groupInflow);
            }
        }
        groups.putAll(QuotaArithmetic.apportion(counting, DEFAULT_TOTAL));
        Map<Long, Integer> lastYear = new HashMap<>();
        for (Object[] row : ledger.countPerCorporation(from, to)) {
            lastYear.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, Integer> corporationWeights = new LinkedHashMap<>();
        for (OrganisationSummary corporation : organisations.ofType(OrganisationType.HOUSING_CORPORATION)) {
            if (corporation.active()) {
                corporationWeights.put(corporation.id(), lastYear.getOrDefault(corporation.id(), 1));
            }
        }
        return new PlanContent(DEFAULT_TOTAL, groups, QuotaArithmetic.apportion(corporationWeights, DEFAULT_TOTAL));
    }

    /** Creates the year's draft, or reworks it while it is still a draft. */
    @PreAuthorize(COORDINATOR)
    public void saveDraft(int year, PlanContent content) {
        String by = organisations.currentUser().username();
        Optional<YearlyPlan> existing = plans.findByYear(year);
        if (existing.isPresent()) {
            existing.get().reviseDraft(content, clock.instant(), by);
        } else {
            plans.save(YearlyPlan.draft(year, content, clock.instant(), by));
        }
    }

    @PreAuthorize(COORDINATOR)
    public void activate(int year) {
        String by = organisations.currentUser().username();
        existing(year).activate(countingGroups(), clock.instant(), by);
    }

    /** An in-year adjustment: a new version of the active plan, with a reason. */
    @PreAuthorize(COORDINATOR)
    public void adjust(int year, PlanContent content, boolean totalChangeConfirmed, String reason) {
        String by = organisations.currentUser().username();
        existing(year).adjust(content, totalChangeConfirmed, reason, countingGroups(), clock.instant(), by);
    }

    private YearlyPlan existing(int year) {
        return plans.findByYear(year).orElseThrow(() -> new NotFoundException("plan", year));
    }

    // --- the ledger ----------------------------------------------------------------------------------------

    /** Counts an agreed placement, once per proposal (a repeated event is ignored). */
    void count(PlacementAgreed placement) {
        if (ledger.existsByProposalId(placement.proposalId())) {
            return;
        }
        boolean counts = countingGroups().contains(placement.targetGroupCode());
        ledger.save(LedgerEntry.of(placement, counts, clock.instant()));
    }

    /** Records a placement in a dwelling from outside the regular flow. */
    @PreAuthorize(COORDINATOR)
    public void recordManual(ManualPlacement placement) {
        Map<String, TargetGroupSummary> groups =
                clients.targetGroups().stream().collect(Collectors.toMap(TargetGroupSummary::code, group -> group));
        TargetGroupSummary group = groups.get(placement.targetGroupCode());
        if (group == null) {
            throw new DomainException("quota.manual.unknownGroup");
        }
        OrganisationSummary corporation = organisations.get(placement.corporationId());
        if (corporation.type() != OrganisationType.HOUSING_CORPORATION) {
            throw new DomainException("quota.manual.notACorporation");
        }
        Region district = geography.get(placement.districtId());
        if (district.level() != GeoLevel.DISTRICT) {
            throw new DomainException("quota.manual.notADistrict");
        }
        Long areaId = placement.areaId();
        if (areaId != null && !geography.isWithin(areaId, district.id())) {
            throw new DomainException("quota.manual.areaOutsideDistrict");
        }
        LocalDate eligibleSince = placement.eligibleSince();
        if (eligibleSince != null && eligibleSince.isAfter(placement.agreedOn())) {
            throw new DomainException("quota.manual.eligibleAfterPlacement");
        }
        if (placement.agreedOn().isAfter(LocalDate.now(clock))) {
            throw new DomainException("quota.manual.inFuture");
        }
        ledger.save(LedgerEntry.manual(
                placement,
                group.countsTowardsQuota(),
                clock.instant(),
                organisations.currentUser().username()));
    }

    @PreAuthorize(COORDINATOR)
    @Transactional(readOnly = true)
    public Page<LedgerLine> ledger(int year, @Nullable PlacementKind kind, Pageable pageable) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Page<LedgerEntry> entries = kind == null
                ? ledger.findByAgreedOnBetween(from, to, pageable)
                : ledger.findByAgreedOnBetweenAndKind(from, to, kind, pageable);
        return entries.map(LedgerEntry::line);
    }

    /** Placements per target-group code agreed in a period (both days included). */
    @Transactional(readOnly = true)
    public Map<String, Integer> placedPerGroup(LocalDate from, LocalDate to) {
        return counts(ledger.countPerGroup(from, to));
    }

    /** Placements per corporation agreed in a period (both days included). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> placedPerCorporation(LocalDate from, LocalDate to) {
        Map<Long, Integer> result = new HashMap<>();
        for (Object[] row : ledger.countPerCorporation(from, to)) {
            result.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return result;
    }

    /** Matching's port: per group, the active plan's contingent and the placements of the year so far. */
    @Transactional(readOnly = true)
    Map<String, ContingentFigures> contingents(LocalDate referenceDate) {
        Optional<PlanView> plan = activePlan(referenceDate.getYear());
        if (plan.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> placed = placedPerGroup(LocalDate.of(referenceDate.getYear(), 1, 1), referenceDate);
        Map<String, ContingentFigures> figures = new LinkedHashMap<>();
        plan.get()
                .content()
                .groups()
                .forEach((code, planned) ->
                        figures.put(code, new ContingentFigures(planned, placed.getOrDefault(code, 0))));
        return figures;
    }

    private static Map<String, Integer> counts(List<Object[]> rows) {
        Map<String, Integer> result = new HashMap<>();
        for (Object[] row : rows) {
            result.put((String) row[0], ((Number) row[1]).intValue());
        }
        return result;
    }
}
