package nl.matchpunt.cases;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.matchpunt.matching.PlacementAgreed;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseOpeningIntegrationTests {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OrganisationService organisations;

    @Test
    void anAgreedPlacementOpensOneCaseWithTheTenAgreements() throws Exception {
        PlacementAgreed placement = CaseTestData.placement(
                organisations, "ymere", "hvo-querido", LocalDate.now(AMSTERDAM).plusDays(10), false);

        long caseId = CaseTestData.open(transactions, events, placement);
        CaseTestData.publish(transactions, events, placement);

        assertThat(caseId).isPositive();
        assertThat(CaseTestData.count(
                        "select count(*) from placement_case where proposal_id = ?", placement.proposalId()))
                .isEqualTo(1);
        assertThat(CaseTestData.count("select count(*) from case_agreement where case_id = ?", caseId))
                .isEqualTo(10);
        assertThat(CaseTestData.count(
                        "select count(*) from case_agreement where case_id = ? and state = 'DONE'", caseId))
                .isEqualTo(1);
        assertThat(CaseTestData.count(
                        "select count(*) from case_notification where case_id = ? and message_key = 'cases.notification.opened'",
                        caseId))
                .isEqualTo(2);
    }

    @Test
    void theDemoDataHasCasesInEveryPhase() throws Exception {
        try (var connection = TestDatabase.open();
                var rows = connection.createStatement().executeQuery("select distinct phase from placement_case")) {
            java.util.Set<String> phases = new java.util.HashSet<>();
            while (rows.next()) {
                phases.add(rows.getString(1));
            }
            assertThat(phases)
                    .containsExactlyInAnyOrder(
                            "INTERMEDIARY_LEASE",
                            "TRANSFER_PROPOSED",
                            "TRANSFER_APPROVED",
                            "OWN_LEASE",
                            "CLOSED",
                            "ENDED_EARLY");
        }
    }
}
