package nl.matchpunt.organisations;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Defence in depth on PostgreSQL: row-level security on the tables with care data, keyed on the organisation that
 * {@link OrganisationScopedDataSource} sets on every connection. The services already filter every query on the
 * user's organisation; these policies make a query that forgets to do so return nothing of another organisation.
 *
 * <ul>
 *   <li>{@code client} and its profile tables: the care provider that put the client forward, and a corporation
 *       that has (or had) a sent proposal for the client;
 *   <li>{@code proposal} and its events: the corporation and the care provider of the proposal, once the
 *       coordinator has sent it (drafts of an open round are the municipality's);
 *   <li>{@code placement_case} and its agreements, events, reviews, signals and transfer proposals: the corporation
 *       and the care provider of the case;
 *   <li>the municipality ({@code all}) and work outside a web request ({@code system}) see every row.
 * </ul>
 *
 * <p>{@code force row level security} holds the tables' owner to the policies too; only a superuser or a role with
 * BYPASSRLS passes them by, so the application must connect as an ordinary role (see the README: the migrations
 * run as the owner, the application as {@code matchpunt_app}, which this migration gives its rights when it
 * exists). On the embedded H2 demo database this migration does nothing.
 */
@Component
class V80__organisations_row_level_security extends BaseJavaMigration {

    static final String APPLICATION_ROLE = "matchpunt_app";

    private static final String SEES_ALL = "matchpunt_sees_all()";

    private static final String ORGANISATION = "matchpunt_organisation()";

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    create function matchpunt_sees_all() returns boolean language sql stable as $$
                        select coalesce(current_setting('matchpunt.scope', true), '') in ('all', 'system')
                    $$""");
            statement.execute("""
                    create function matchpunt_organisation() returns bigint language sql stable as $$
                        select nullif(current_setting('matchpunt.organisation_id', true), '')::bigint
                    $$""");
            statement.execute("create index proposal_client_corporation_idx on proposal (client_id, corporation_id)");

            // drafts of a round that the coordinator has not confirmed yet exist for the municipality only
            protect(
                    statement,
                    "proposal",
                    "status not in ('DRAFT', 'REMOVED') and (corporation_id = %2$s or care_provider_id = %2$s)");
            protect(statement, "proposal_event", "exists (select 1 from proposal p where p.id = proposal_id)");
            protect(
                    statement,
                    "client",
                    "care_provider_id = %2$s or exists (select 1 from proposal p where p.client_id = client.id "
                            + "and p.corporation_id = %2$s and p.status not in ('DRAFT', 'REMOVED'))");
            for (String table :
                    new String[] {"client_excluded_region", "client_preferred_region", "client_shared_field"}) {
                protect(statement, table, "exists (select 1 from client c where c.id = client_id)");
            }
            protect(statement, "placement_case", "corporation_id = %2$s or care_provider_id = %2$s");
            for (String table :
                    new String[] {"case_agreement", "case_event", "housing_review", "case_signal", "transfer_proposal"
                    }) {
                protect(statement, table, "exists (select 1 from placement_case pc where pc.id = case_id)");
            }
            grantToApplicationRole(statement);
        }
    }

    private static void protect(Statement statement, String table, String condition) throws Exception {
        statement.execute("alter table " + table + " enable row level security");
        statement.execute("alter table " + table + " force row level security");
        String using = ("%1$s or " + condition).formatted(SEES_ALL, ORGANISATION);
        statement.execute("create policy " + table + "_by_organisation on " + table + " using (" + using + ")");
    }

    private static void grantToApplicationRole(Statement statement) throws Exception {
        try (ResultSet role =
                statement.executeQuery("select 1 from pg_roles where rolname = '" + APPLICATION_ROLE + "'")) {
            if (!role.next()) {
                return;
            }
        }
        statement.execute("grant usage on schema public to " + APPLICATION_ROLE);
        statement.execute("grant select, insert, update, delete on all tables in schema public to " + APPLICATION_ROLE);
        statement.execute("grant usage, select, update on all sequences in schema public to " + APPLICATION_ROLE);
        statement.execute("grant execute on all functions in schema public to " + APPLICATION_ROLE);
        statement.execute("alter default privileges in schema public grant select, insert, update, delete on tables to "
                + APPLICATION_ROLE);
        statement.execute("alter default privileges in schema public grant usage, select, update on sequences to "
                + APPLICATION_ROLE);
    }
}
