package nl.matchpunt.organisations;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The row-level security policies of {@link V80__organisations_row_level_security}, with the same conditions, but
 * with the connection's marking read once per query instead of once per row: {@code (select
 * matchpunt_sees_all())} and {@code (select matchpunt_organisation())} are evaluated by PostgreSQL as an init plan,
 * a constant for the whole statement, where a bare call of these stable functions is evaluated for every row.
 * With ten years of data a list page counts 30,000 clients or 20,000 proposals, and the per-row calls made those
 * counts several times slower. The conditions themselves are unchanged, so are the grants. On H2 this does nothing.
 */
@Component
class V81__organisations_row_level_security_once_per_query extends BaseJavaMigration {

    private static final String SEES_ALL = "(select matchpunt_sees_all())";

    private static final String ORGANISATION = "(select matchpunt_organisation())";

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            policy(
                    statement,
                    "proposal",
                    "status not in ('DRAFT', 'REMOVED') and (corporation_id = %2$s or care_provider_id = %2$s)");
            policy(statement, "proposal_event", "exists (select 1 from proposal p where p.id = proposal_id)");
            policy(
                    statement,
                    "client",
                    "care_provider_id = %2$s or exists (select 1 from proposal p where p.client_id = client.id "
                            + "and p.corporation_id = %2$s and p.status not in ('DRAFT', 'REMOVED'))");
            for (String table :
                    new String[] {"client_excluded_region", "client_preferred_region", "client_shared_field"}) {
                policy(statement, table, "exists (select 1 from client c where c.id = client_id)");
            }
            policy(statement, "placement_case", "corporation_id = %2$s or care_provider_id = %2$s");
            for (String table :
                    new String[] {"case_agreement", "case_event", "housing_review", "case_signal", "transfer_proposal"
                    }) {
                policy(statement, table, "exists (select 1 from placement_case pc where pc.id = case_id)");
            }
        }
    }

    private static void policy(Statement statement, String table, String condition) throws Exception {
        String using = ("%1$s or " + condition).formatted(SEES_ALL, ORGANISATION);
        statement.execute("alter policy " + table + "_by_organisation on " + table + " using (" + using + ")");
    }
}
