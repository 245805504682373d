package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Defence in depth: PostgreSQL's row-level security on the care-data tables. Raw queries without any organisation
 * filter, as the application's database role, return only the rows of the organisation set on the connection — and
 * nothing at all when none is set; changes to another organisation's rows touch nothing. The owner's view of the
 * same tables is the yardstick.
 */
@IntegrationTest
class RowLevelSecurityIntegrationTests {

    /** Each care-data table with the query (as the owner) that gives the ids an organisation may see. */
    private static final List<String[]> TABLES = List.of(
            new String[] {
                "client",
                "select id from client where care_provider_id = :org or id in (select client_id from proposal"
                        + " where corporation_id = :org and status not in ('DRAFT', 'REMOVED'))"
            },
            new String[] {
                "proposal",
                "select id from proposal where status not in ('DRAFT', 'REMOVED')"
                        + " and (corporation_id = :org or care_provider_id = :org)"
            },
            new String[] {
                "placement_case", "select id from placement_case where corporation_id = :org or care_provider_id = :org"
            },
            new String[] {
                "case_agreement",
                "select a.id from case_agreement a join placement_case c on c.id = a.case_id"
                        + " where c.corporation_id = :org or c.care_provider_id = :org"
            },
            new String[] {
                "case_event",
                "select e.id from case_event e join placement_case c on c.id = e.case_id"
                        + " where c.corporation_id = :org or c.care_provider_id = :org"
            });

    @Autowired
    DataSource dataSource;

    @Autowired
    RunAs runAs;

    @Test
    void theApplicationRoleIsHeldToThePolicies() throws SQLException {
        try (Connection app = TestDatabase.openAsApplication();
                Statement statement = app.createStatement();
                ResultSet role = statement.executeQuery(
                        "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            assertThat(role.next()).isTrue();
            assertThat(role.getBoolean(1)).as("superuser").isFalse();
            assertThat(role.getBoolean(2)).as("bypasses row-level security").isFalse();
        }
        try (Connection owner = TestDatabase.open();
                Statement statement = owner.createStatement();
                ResultSet forced = statement.executeQuery(
                        "select count(*) from pg_class where relrowsecurity and relforcerowsecurity and relname in"
                                + " ('client', 'client_shared_field', 'client_excluded_region',"
                                + " 'client_preferred_region', 'proposal', 'proposal_event', 'placement_case',"
                                + " 'case_agreement', 'case_event', 'housing_review', 'case_signal',"
                                + " 'transfer_proposal')")) {
            forced.next();
            assertThat(forced.getInt(1)).isEqualTo(12);
        }
    }

    @Test
    void withoutAnOrganisationARawQuerySeesNothing() throws SQLException {
        int total = 0;
        try (Connection app = TestDatabase.openAsApplication();
                Connection owner = TestDatabase.open()) {
            for (String[] table : TABLES) {
                int all = count(owner, "select count(*) from " + table[0]);
                assertThat(all).as("demo rows in %s", table[0]).isPositive();
                assertThat(count(app, "select count(*) from " + table[0]))
                        .as(table[0])
                        .isZero();
                total += all;
            }
        }
        System.out.println("TRUST rls: no organisation set: 0 of " + total + " care-data rows visible");
    }

    @Test
    void eachOrganisationSeesExactlyItsOwnRows() throws SQLException {
        int checked = 0;
        try (Connection app = TestDatabase.openAsApplication();
                Connection owner = TestDatabase.open()) {
            for (long organisation : organisations(owner, "HOUSING_CORPORATION", "CARE_PROVIDER")) {
                mark(app, "organisation", organisation);
                for (String[] table : TABLES) {
                    List<Long> expected = ids(owner, table[1].replace(":org", Long.toString(organisation)));
                    List<Long> visible = ids(app, "select id from " + table[0] + " order by id");
                    assertThat(visible)
                            .as("%s rows visible to organisation %d", table[0], organisation)
                            .containsExactlyInAnyOrderElementsOf(expected);
                    checked += visible.size();
                }
            }
            mark(app, "all", null);
            assertThat(count(app, "select count(*) from client"))
                    .isEqualTo(count(owner, "select count(*) from client"));
        }
        assertThat(checked).isPositive();
        System.out.println(
                "TRUST rls: per organisation the visible rows equal its own rows (" + checked + " rows compared)");
    }

    @Test
    void changesToAnotherOrganisationsRowsTouchNothing() throws SQLException {
        try (Connection app = TestDatabase.openAsApplication();
                Connection owner = TestDatabase.open()) {
            long hvo = organisation(owner, "hvo-querido");
            long leger = organisation(owner, "leger-des-heils");
            int legerClients = count(owner, "select count(*) from client where care_provider_id = " + leger);
            assertThat(legerClients).isPositive();
            String before = checksum(owner);
            mark(app, "organisation", hvo);
            try (Statement statement = app.createStatement()) {
                assertThat(statement.executeUpdate(
                                "update client set profile_note = 'overgenomen' where care_provider_id = " + leger))
                        .isZero();
                assertThat(statement.executeUpdate("delete from client_shared_field where client_id in"
                                + " (select id from client where care_provider_id = " + leger + ")"))
                        .isZero();
                assertThat(statement.executeUpdate("update placement_case set dwelling_address = 'x'"
                                + " where care_provider_id = " + leger))
                        .isZero();
            }
            long foreignCase = count(
                    owner,
                    "select min(id) from placement_case where care_provider_id <> " + hvo + " and corporation_id <> "
                            + hvo);
            assertThatThrownBy(() -> {
                        try (Statement statement = app.createStatement()) {
                            statement.executeUpdate(
                                    "insert into case_event (case_id, occurred_at, happened_on, actor_name,"
                                            + " kind, shared_with_corporation) values (" + foreignCase
                                            + ", now(), current_date, 'x', 'NOTE', false)");
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            assertThat(checksum(owner)).isEqualTo(before);
        }
    }

    @Test
    void theApplicationMarksEachConnectionWithTheUsersOrganisation() throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long hvo;
        try (Connection owner = TestDatabase.open()) {
            hvo = organisation(owner, "hvo-querido");
        }
        String foreign = "select count(*) from client where care_provider_id <> ?";
        assertThat(jdbc.queryForObject(foreign, Integer.class, hvo))
                .as("outside a web request (jobs, listeners) the system sees all")
                .isPositive();
        assertThat(inRequest(() -> runAs.get("hvo", () -> jdbc.queryForObject(foreign, Integer.class, hvo))))
                .as("a care provider's request, with a query that forgets the filter")
                .isZero();
        assertThat(inRequest(() -> runAs.get(
                        "hvo",
                        () -> jdbc.queryForObject(
                                "select count(*) from client where care_provider_id = ?", Integer.class, hvo))))
                .isPositive();
        assertThat(inRequest(() -> jdbc.queryForObject("select count(*) from client", Integer.class)))
                .as("a request without a logged-in user")
                .isZero();
        assertThat(inRequest(() -> runAs.get("coordinator", () -> jdbc.queryForObject(foreign, Integer.class, hvo))))
                .as("the municipality")
                .isPositive();
    }

    private static <T> T inRequest(Supplier<T> work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            return work.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static void mark(Connection connection, String scope, Long organisation) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('matchpunt.scope', ?, false), set_config('matchpunt.organisation_id', ?, false)")) {
            statement.setString(1, scope);
            statement.setString(2, organisation == null ? "" : organisation.toString());
            statement.execute();
        }
    }

    private static List<Long> organisations(Connection owner, String... types) throws SQLException {
        return ids(owner, "select id from organisation where type in ('" + String.join("', '", types) + "')");
    }

    private static long organisation(Connection owner, String code) throws SQLException {
        return count(owner, "select id from organisation where code = '" + code + "'");
    }

    private static String checksum(Connection owner) throws SQLException {
        StringBuilder sum = new StringBuilder();
        for (String table : List.of("client", "client_shared_field", "placement_case", "case_event")) {
            try (Statement statement = owner.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table
                                    + " t")) {
                rows.next();
                sum.append(table).append('=').append(rows.getString(1)).append(';');
            }
        }
        return sum.toString();
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
