package nl.matchpunt.organisations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Hands out connections that carry the organisation of the current user, for PostgreSQL's row-level security
 * (see {@code V80__organisations_row_level_security}). Every connection is marked when it is taken from the pool —
 * Spring takes one per transaction — with two settings that the policies read:
 *
 * <ul>
 *   <li>{@code matchpunt.scope}: {@code all} for the municipality's users, {@code organisation} for the users of a
 *       corporation or care provider, {@code none} for a web request without a logged-in user, and {@code system}
 *       outside web requests (scheduled jobs, event listeners after a commit, demo data, the command line) and
 *       for the aggregate reads of {@link SystemReads};
 *   <li>{@code matchpunt.organisation_id}: the user's organisation, empty otherwise.
 * </ul>
 *
 * <p>So a query that forgets its organisation filter still returns nothing of another organisation when a user
 * asked for it. On other databases (the embedded H2 demo database) connections are handed out unchanged.
 *
 * <p>The same statement sets {@code plan_cache_mode} to {@code force_custom_plan}: the list queries filter with
 * optional parameters ({@code :status is null or d.status = :status}), and once the JDBC driver prepares them on the
 * server PostgreSQL would otherwise switch to one generic plan for all parameter values, a sequential scan and a
 * sort of the whole table (measured with ten years of data: 20,000 dwellings, 22,000 proposals, 18,000 cases), where
 * a plan for the actual values uses the organisation's or the status's index. It also switches off PostgreSQL's JIT
 * compilation: the row-level security condition on {@code client} makes the planner estimate a count of all clients
 * above {@code jit_above_cost}, and compiling that plan took 50 ms for a count that takes a few.
 */
class OrganisationScopedDataSource extends DelegatingDataSource {

    enum Scope {
        ALL,
        ORGANISATION,
        NONE,
        SYSTEM
    }

    record Marking(Scope scope, @Nullable Long organisationId) {}

    private volatile @Nullable Boolean postgres;

    OrganisationScopedDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return mark(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return mark(super.getConnection(username, password));
    }

    private Connection mark(Connection connection) throws SQLException {
        if (!isPostgres(connection)) {
            return connection;
        }
        Marking marking = current();
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('matchpunt.scope', ?, false), set_config('matchpunt.organisation_id', ?, false), "
                        + "set_config('plan_cache_mode', 'force_custom_plan', false), set_config('jit', 'off', false)")) {
            statement.setString(1, marking.scope().name().toLowerCase(java.util.Locale.ROOT));
            statement.setString(
                    2,
                    marking.organisationId() == null
                            ? ""
                            : marking.organisationId().toString());
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }

    /**
     * The marking for the current thread: the logged-in user in a web request, the system outside one or inside
     * {@link SystemReads#read}.
     */
    static Marking current() {
        if (SystemReads.active() || RequestContextHolder.getRequestAttributes() == null) {
            return new Marking(Scope.SYSTEM, null);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof MatchpuntUserDetails details)) {
            return new Marking(Scope.NONE, null);
        }
        CurrentUser user = details.currentUser();
        if (user.isMunicipality()) {
            return new Marking(Scope.ALL, null);
        }
        return new Marking(Scope.ORGANISATION, user.organisationId());
    }
}
