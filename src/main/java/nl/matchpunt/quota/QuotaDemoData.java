package nl.matchpunt.quota;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.TargetGroupSummary;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.shared.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: last year's plan and this year's, scaled to the demo's volume of placements (which the ledger has
 * already counted from the matching demo's events), with two in-year adjustments this year, and a few placements
 * in temporary new-build and conversions recorded by hand. Some groups run ahead of their contingent, others
 * behind, so that every chart on the dashboard has a story.
 */
@Component
@ConditionalOnBooleanProperty("matchpunt.demo")
@Order(50)
class QuotaDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QuotaDemoData.class);

    private static final String COORDINATOR = "coordinator";

    /** How much each group's first contingent differs from its actual pace, in turn: the story of the year. */
    private static final double[] SKEW = {1.25, 0.8, 1.0, 1.3, 0.75, 1.1, 0.9};

    private final YearlyPlanRepository plans;

    private final LedgerEntryRepository ledger;

    private final QuotaService quota;

    private final ClientService clients;

    private final OrganisationService organisations;

    private final GeographyService geography;

    private final TransactionTemplate transactions;

    private final Clock clock;

    QuotaDemoData(
            YearlyPlanRepository plans,
            LedgerEntryRepository ledger,
            QuotaService quota,
            ClientService clients,
            OrganisationService organisations,
            GeographyService geography,
            TransactionTemplate transactions,
            Clock clock) {
        this.plans = plans;
        this.ledger = ledger;
        this.quota = quota;
        this.clients = clients;
        this.organisations = organisations;
        this.geography = geography;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.count() > 0) {
            return;
        }
        transactions.executeWithoutResult(status -> create());
        log.info("Demo quota created: plans for last year and this year, two adjustments, manual placements");
    }

    private void create() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<OrganisationSummary> corporations = organisations.ofType(OrganisationType.HOUSING_CORPORATION).stream()
                .filter(OrganisationSummary::active)
                .toList();
        List<TargetGroupSummary> groups = clients.activeTargetGroups();
        Set<String> counting = quota.countingGroups();
        manualPlacements(today, corporations);

        double elapsed = today.getDayOfYear() / (double) today.lengthOfYear();
        Map<String, Integer> placed = quota.placedPerGroup(LocalDate.of(year, 1, 1), today);
        Map<Long, Integer> perCorporation = quota.placedPerCorporation(LocalDate.of(year, 1, 1), today);
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, Integer> outside = new LinkedHashMap<>();
        int expectedTotal = 0;
        int index = 0;
        for (TargetGroupSummary group : groups) {
            int expected = (int) Math.round(placed.getOrDefault(group.code(), 0) / elapsed);
            if (group.countsTowardsQuota()) {
                weights.put(group.code(), Math.max(1, (int) Math.round(expected * SKEW[index++ % SKEW.length])));
                expectedTotal += expected;
            } else {
                outside.put(group.code(), Math.max(1, expected));
            }
        }
        int total = Math.max(50, (int) Math.round(expectedTotal * 1.05 / 10.0) * 10);
        Map<String, Integer> contingents = new LinkedHashMap<>(outside);
        contingents.putAll(QuotaArithmetic.apportion(weights, total));
        Map<Long, Integer> corporationWeights = new LinkedHashMap<>();
        for (OrganisationSummary corporation : corporations) {
            corporationWeights.put(corporation.id(), Math.max(1, perCorporation.getOrDefault(corporation.id(), 0)));
        }
        Map<Long, Integer> shares = QuotaArithmetic.apportion(corporationWeights, total);

        YearlyPlan lastYear = YearlyPlan.draft(
                year - 1, new PlanContent(total, contingents, shares), at(LocalDate.of(year - 2, 12, 12)), COORDINATOR);
        lastYear.activate(counting, at(LocalDate.of(year - 2, 12, 15)), COORDINATOR);
        plans.save(lastYear);

        YearlyPlan plan = YearlyPlan.draft(
                year, new PlanContent(total, contingents, shares), at(LocalDate.of(year - 1, 12, 10)), COORDINATOR);
        plan.activate(counting, at(LocalDate.of(year - 1, 12, 18)), COORDINATOR);
        List<String> byContingent = weights.keySet().stream()
                .sorted((a, b) -> contingents.get(b) - contingents.get(a))
                .toList();
        if (byContingent.size() >= 2) {
            Map<String, Integer> moved = new LinkedHashMap<>(contingents);
            int step = Math.max(1, contingents.get(byContingent.get(0)) / 10);
            moved.merge(byContingent.get(0), -step, Integer::sum);
            moved.merge(byContingent.get(byContingent.size() - 1), step, Integer::sum);
            plan.adjust(
                    new PlanContent(total, moved, shares),
                    false,
                    "Minder instroom dan verwacht in de grootste groep; contingent naar de groep met de langste wachttijd.",
                    counting,
                    at(LocalDate.of(year, 4, 7)),
                    COORDINATOR);
            if (corporations.size() >= 2) {
                Map<Long, Integer> sharesMoved = new LinkedHashMap<>(shares);
                Long first = corporations.get(0).id();
                Long second = corporations.get(1).id();
                int shift = Math.max(1, Math.min(shares.get(first), 5));
                sharesMoved.merge(first, -shift, Integer::sum);
                sharesMoved.merge(second, shift, Integer::sum);
                plan.adjust(
                        new PlanContent(total, moved, sharesMoved),
                        false,
                        "Renovatie vertraagd: een deel van het aandeel gaat dit jaar naar een andere corporatie.",
                        counting,
                        at(LocalDate.of(year, 9, 15)),
                        COORDINATOR);
            }
        }
        plans.save(plan);
    }

    private void manualPlacements(LocalDate today, List<OrganisationSummary> corporations) {
        List<Region> districts = geography.districts();
        List<String> codes = clients.activeTargetGroups().stream()
                .filter(TargetGroupSummary::countsTowardsQuota)
                .map(TargetGroupSummary::code)
                .toList();
        if (corporations.isEmpty() || districts.isEmpty() || codes.isEmpty()) {
            return;
        }
        Set<String> counting = quota.countingGroups();
        for (int i = 0; i < 6; i++) {
            LocalDate agreedOn = today.minusDays(20L + 37L * i);
            if (agreedOn.getYear() != today.getYear()) {
                continue;
            }
            PlacementKind kind = i % 3 == 2 ? PlacementKind.CONVERSION : PlacementKind.TEMPORARY_NEW_BUILD;
            String code = codes.get(i % codes.size());
            Region district = districts.get(i % districts.size());
            ledger.save(LedgerEntry.manual(
                    new ManualPlacement(
                            kind,
                            code,
                            corporations.get(i % corporations.size()).id(),
                            null,
                            district.id(),
                            null,
                            agreedOn.minusDays(40L + 9L * i),
                            agreedOn,
                            kind == PlacementKind.CONVERSION
                                    ? "Getransformeerd kantoorgebouw"
                                    : "Tijdelijke modulaire woningen"),
                    counting.contains(code),
                    at(agreedOn),
                    COORDINATOR));
        }
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0))
                .atZone(ClockConfiguration.AMSTERDAM)
                .toInstant();
    }
}
