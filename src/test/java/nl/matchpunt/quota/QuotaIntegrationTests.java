package nl.matchpunt.quota;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.matching.ContingentSource;
import nl.matchpunt.matching.PlacementAgreed;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.support.ErrorSummary;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class QuotaIntegrationTests {

    private static final AtomicLong NEXT = new AtomicLong(700_000_000L + (System.nanoTime() % 1_000_000L) * 100);

    @LocalServerPort
    int port;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OrganisationService organisations;

    @Autowired
    QuotaService quota;

    @Autowired
    ContingentSource contingentSource;

    @Autowired
    RunAs runAs;

    @Test
    void everyAgreedPlacementIsCountedOnceWithItsDaysWaited() throws Exception {
        PlacementAgreed placement =
                placement("ymere", "hvo-querido", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 6));

        transactions.executeWithoutResult(status -> events.publishEvent(placement));
        transactions.executeWithoutResult(status -> events.publishEvent(placement));

        assertThat(count("select count(*) from quota_placement where proposal_id = ?", placement.proposalId()))
                .isEqualTo(1);
        assertThat(count("select days_waited from quota_placement where proposal_id = ?", placement.proposalId()))
                .isEqualTo(60);
        assertThat(count(
                        "select count(*) from quota_placement where proposal_id = ? and kind = 'REGULAR' "
                                + "and counts_towards_quota and corporation_id = ?",
                        placement.proposalId(),
                        placement.corporationId()))
                .isEqualTo(1);
    }

    @Test
    void aPlacementPublishedInARolledBackTransactionIsNotCounted() throws Exception {
        PlacementAgreed placement =
                placement("rochdale", "leger-des-heils", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 20));

        transactions.executeWithoutResult(status -> {
            events.publishEvent(placement);
            status.setRollbackOnly();
        });

        assertThat(count("select count(*) from quota_placement where proposal_id = ?", placement.proposalId()))
                .isZero();
    }

    @Test
    void theDemoLedgerHoldsTheMatchingDemoPlacementsAndTheContingentPortAnswersFromTheActivePlan() throws Exception {
        assertThat(count("select count(*) from quota_placement where kind = 'REGULAR' and proposal_id < ?", 1_000_000L))
                .isGreaterThan(100);
        LocalDate today = LocalDate.now(AMSTERDAM);
        Map<String, ContingentSource.ContingentFigures> figures = contingentSource.contingents(today);
        assertThat(figures).isNotEmpty();
        int placedThisYear = figures.values().stream()
                .mapToInt(ContingentSource.ContingentFigures::placedYearToDate)
                .sum();
        assertThat(placedThisYear).isPositive();
        assertThat(contingentSource.contingents(LocalDate.of(2090, 6, 1))).isEmpty();
    }

    @Test
    void aPlanIsDraftedActivatedAndAdjustedWithEveryVersionKept() {
        int year = 2091 + (int) (NEXT.incrementAndGet() % 5);
        runAs.run("coordinator", () -> {
            if (quota.plan(year).isPresent()) {
                return;
            }
            PlanContent suggestion = quota.suggestion(year);
            assertThat(suggestion.total()).isEqualTo(1800);
            int counting = suggestion.groups().entrySet().stream()
                    .filter(entry -> quota.countingGroups().contains(entry.getKey()))
                    .mapToInt(Map.Entry::getValue)
                    .sum();
            assertThat(counting).isEqualTo(1800);
            quota.saveDraft(year, suggestion);
            quota.activate(year);

            Map<String, Integer> groups = new LinkedHashMap<>(suggestion.groups());
            groups.merge("OMSLAG_MO_BW_ADULT", -10, Integer::sum);
            groups.merge("HOUSING_FIRST_YOUTH", 10, Integer::sum);
            quota.adjust(year, new PlanContent(1800, groups, suggestion.corporations()), false, "Meer vraag");

            assertThatThrownBy(() -> quota.adjust(
                            year, new PlanContent(1900, groups, suggestion.corporations()), false, "Groter"))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("quota.adjust.totalChanged");
            Map<String, Integer> unbalanced = new LinkedHashMap<>(groups);
            unbalanced.merge("HOUSING_FIRST_YOUTH", 5, Integer::sum);
            assertThatThrownBy(() -> quota.adjust(
                            year, new PlanContent(1800, unbalanced, suggestion.corporations()), false, "Scheef"))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("quota.plan.groupsDoNotAddUp");
            assertThatThrownBy(() -> quota.saveDraft(year, suggestion))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("quota.plan.notDraft");

            PlanView plan = quota.plan(year).orElseThrow();
            assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
            assertThat(plan.history()).extracting(PlanVersionView::number).containsExactly(2, 1);
            assertThat(plan.current().reason()).isEqualTo("Meer vraag");
            assertThat(plan.history().get(1).content()).isEqualTo(suggestion);
            assertThat(plan.content().group("HOUSING_FIRST_YOUTH"))
                    .isEqualTo(suggestion.group("HOUSING_FIRST_YOUTH") + 10);
        });
    }

    @Test
    void theCoordinatorAdjustsThroughTheFormAndOthersAreRefused() {
        int year = LocalDate.now(AMSTERDAM).getYear();
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        HttpResponse<String> page = coordinator.get("/quota/" + year);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("plan-history");

        HttpResponse<String> refused = coordinator.postForm(
                "/quota/" + year + "/adjust", "/quota/" + year + "/adjust", Map.of("total", "1", "reason", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Geef de reden van de bijsturing.");

        // a figure that cannot be read gets its message at the figure, and the error summary links to it
        Matcher group = Pattern.compile("name=\"groups\\[([A-Z_]+)]\"")
                .matcher(coordinator.get("/quota/" + year + "/adjust").body());
        assertThat(group.find()).isTrue();
        HttpResponse<String> unreadable = coordinator.postForm(
                "/quota/" + year + "/adjust",
                "/quota/" + year + "/adjust",
                Map.of("total", "1800", "groups[" + group.group(1) + "]", "99999999999", "reason", "Meer vraag"));
        assertThat(unreadable.statusCode()).isEqualTo(200);
        assertThat(unreadable.body())
                .containsPattern("id=\"groups\\[" + group.group(1) + "]-error\">Deze waarde heeft niet de juiste vorm.")
                .contains("Meer vraag");
        assertThat(ErrorSummary.targets(unreadable.body())).containsExactly("groups" + group.group(1));
        assertThat(ErrorSummary.linksWithoutField(unreadable.body())).isEmpty();

        assertThat(WebSession.loggedIn(port, "ymere").get("/quota/" + year).statusCode())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "hvo").get("/quota/ledger").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aManualPlacementIsRecordedAndMarked() throws Exception {
        WebSession coordinator = WebSession.loggedIn(port, "coordinator");
        long corporation = organisations.findByCode("ymere").orElseThrow().id();
        long district = count("select id from geo_unit where code = ? and level = 'DISTRICT'", "N");
        String note = "Tijdelijke units test " + NEXT.incrementAndGet();
        HttpResponse<String> response = coordinator.postForm(
                "/quota/ledger/manual",
                "/quota/ledger/manual",
                Map.of(
                        "kind",
                        "TEMPORARY_NEW_BUILD",
                        "targetGroupCode",
                        "OUTFLOW_MO_ADULT",
                        "corporationId",
                        Long.toString(corporation),
                        "careProviderId",
                        "",
                        "districtId",
                        Long.toString(district),
                        "areaId",
                        "",
                        "eligibleSince",
                        LocalDate.now(AMSTERDAM).minusDays(50).toString(),
                        "agreedOn",
                        LocalDate.now(AMSTERDAM).toString(),
                        "note",
                        note));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(count(
                        "select days_waited from quota_placement where note = ? and kind = 'TEMPORARY_NEW_BUILD' "
                                + "and proposal_id is null",
                        note))
                .isEqualTo(50);
    }

    private PlacementAgreed placement(String corporation, String provider, LocalDate eligible, LocalDate agreed) {
        long n = NEXT.incrementAndGet();
        return new PlacementAgreed(
                n,
                n,
                organisations.findByCode(corporation).orElseThrow().id(),
                "Teststraat 1, 1000 AA Amsterdam",
                null,
                null,
                n,
                organisations.findByCode(provider).orElseThrow().id(),
                "Q-" + n,
                "OMSLAG_MO_BW_ADULT",
                1,
                false,
                eligible,
                agreed,
                agreed.plusDays(14));
    }

    static long count(String sql, Object... parameters) throws Exception {
        try (Connection connection = TestDatabase.open();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
