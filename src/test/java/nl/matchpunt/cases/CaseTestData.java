package nl.matchpunt.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import nl.matchpunt.matching.PlacementAgreed;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.support.TestDatabase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens uniquely numbered test cases the way production does: by publishing {@link PlacementAgreed} in a transaction. */
final class CaseTestData {

    private static final AtomicLong NEXT = new AtomicLong(500_000_000L + (System.nanoTime() % 1_000_000L) * 100);

    private CaseTestData() {}

    static PlacementAgreed placement(
            OrganisationService organisations,
            String corporation,
            String provider,
            LocalDate moveIn,
            boolean children) {
        long n = NEXT.incrementAndGet();
        return new PlacementAgreed(
                n,
                n,
                organisations.findByCode(corporation).orElseThrow().id(),
                "Teststraat " + (n % 1000) + ", 1000 AA Amsterdam",
                null,
                null,
                n,
                organisations.findByCode(provider).orElseThrow().id(),
                "T-" + n,
                "OMSLAG_MO_BW_ADULT",
                children ? 3 : 1,
                children,
                moveIn.minusMonths(3),
                moveIn.minusDays(14),
                moveIn);
    }

    static void publish(TransactionTemplate transactions, ApplicationEventPublisher events, PlacementAgreed placement) {
        transactions.executeWithoutResult(status -> events.publishEvent(placement));
    }

    /** Publishes the placement and returns the id of the case the listener opened. */
    static long open(TransactionTemplate transactions, ApplicationEventPublisher events, PlacementAgreed placement)
            throws SQLException {
        publish(transactions, events, placement);
        return caseId(placement.proposalId());
    }

    static long caseId(long proposalId) throws SQLException {
        return count("select id from placement_case where proposal_id = ?", proposalId);
    }

    /** The first column of the first row of a query with one long parameter (0 when there is no row). */
    static long count(String sql, long parameter) throws SQLException {
        try (Connection connection = TestDatabase.open();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
