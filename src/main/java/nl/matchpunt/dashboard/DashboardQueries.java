package nl.matchpunt.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's read model: plain {@code select} statements over the other modules' tables, the module's
 * documented read-side exception (see the package documentation). Portable SQL: no date arithmetic in the
 * database (days are counted in Java), so that it runs on PostgreSQL and on the H2 demo database alike.
 */
@Component
class DashboardQueries {

    private final JdbcTemplate jdbc;

    DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A counted placement, as far as the dashboard needs it.
     *
     * @param groupShared whether the placed client's consent shares the target group with the corporation (only
     *     looked up when asked for; true otherwise)
     */
    record Placement(
            String groupCode,
            boolean counts,
            long corporationId,
            @Nullable Long careProviderId,
            @Nullable Long districtId,
            @Nullable Long areaId,
            @Nullable Integer daysWaited,
            LocalDate agreedOn,
            boolean groupShared) {}

    /**
     * Whether the client's consent shares the target group: a client with that consent, found by the client code
     * the ledger keeps (a placement without a client, entered by hand, has no consent and so does not share it).
     */
    private static final String PLACEMENT_GROUP_SHARED = "exists (select 1 from client c join client_shared_field f"
            + " on f.client_id = c.id and f.field = 'TARGET_GROUP' where c.client_code = quota_placement.client_code)";

    private static final String PROPOSAL_GROUP_SHARED = "exists (select 1 from client_shared_field f"
            + " where f.client_id = proposal.client_id and f.field = 'TARGET_GROUP')";

    /** Clients waiting with the same target group and eligibility date. */
    record Waiting(String groupCode, @Nullable Long careProviderId, LocalDate eligibleSince, int clients) {}

    record WaitingClient(
            long clientId, String clientCode, String groupCode, long careProviderId, LocalDate eligibleSince) {}

    record Vacancies(long corporationId, int open, LocalDate oldestAvailableFrom) {}

    record OpenProposal(
            String clientCode,
            String groupCode,
            long corporationId,
            long careProviderId,
            Instant sentAt,
            boolean corporationAnswered,
            boolean providerAnswered,
            boolean groupShared,
            long clientId) {}

    /** Placements agreed in a period, narrowed by the filter's district, corporation, provider and group. */
    List<Placement> placements(LocalDate from, LocalDate to, DashboardFilter filter) {
        return placements(from, to, filter, false);
    }

    /**
     * Placements agreed in a period, narrowed by the filter; with {@code consent}, each says whether the client's
     * consent shares the target group.
     */
    List<Placement> placements(LocalDate from, LocalDate to, DashboardFilter filter, boolean consent) {
        StringBuilder sql = new StringBuilder(
                "select target_group_code, counts_towards_quota, corporation_id, care_provider_id, district_id, "
                        + "area_id, days_waited, agreed_on, " + (consent ? PLACEMENT_GROUP_SHARED : "true")
                        + " from quota_placement where agreed_on between ? and ?");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        narrow(sql, args, filter, "district_id", "corporation_id", "care_provider_id", "target_group_code");
        return jdbc.query(
                sql.toString(),
                (row, n) -> new Placement(
                        row.getString(1),
                        row.getBoolean(2),
                        row.getLong(3),
                        nullableLong(row.getObject(4)),
                        nullableLong(row.getObject(5)),
                        nullableLong(row.getObject(6)),
                        row.getObject(7) == null ? null : row.getInt(7),
                        row.getDate(8).toLocalDate(),
                        row.getBoolean(9)),
                args.toArray());
    }

    /** Clients waiting on {@code date}, grouped by target group, provider and eligibility date. */
    List<Waiting> waiting(LocalDate date, DashboardFilter filter) {
        StringBuilder sql =
                new StringBuilder("select t.code, c.care_provider_id, c.eligible_since, count(*) from client c "
                        + "join target_group t on t.id = c.target_group_id "
                        + "where c.status in ('ELIGIBLE', 'PROPOSED', 'PARKED') and c.eligible_since <= ?");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(date)));
        narrow(sql, args, filter, null, null, "c.care_provider_id", "t.code");
        sql.append(" group by t.code, c.care_provider_id, c.eligible_since");
        return jdbc.query(
                sql.toString(),
                (row, n) -> new Waiting(
                        row.getString(1), row.getLong(2), row.getDate(3).toLocalDate(), row.getInt(4)),
                args.toArray());
    }

    /** The clients waiting since {@code eligibleBefore} or earlier, oldest first, at most {@code limit}. */
    List<WaitingClient> longestWaiting(LocalDate eligibleBefore, DashboardFilter filter, int limit, int offset) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = longWaiting(
                "select c.client_code, t.code, c.care_provider_id, c.eligible_since, c.id",
                eligibleBefore,
                filter,
                args);
        sql.append(" order by c.eligible_since, c.id limit ")
                .append(limit)
                .append(" offset ")
                .append(offset);
        return jdbc.query(
                sql.toString(),
                (row, n) -> new WaitingClient(
                        row.getLong(5),
                        row.getString(1),
                        row.getString(2),
                        row.getLong(3),
                        row.getDate(4).toLocalDate()),
                args.toArray());
    }

    /** How many clients {@link #longestWaiting} pages through. */
    int countLongestWaiting(LocalDate eligibleBefore, DashboardFilter filter) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = longWaiting("select count(*)", eligibleBefore, filter, args);
        Integer count = jdbc.queryForObject(sql.toString(), Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    private StringBuilder longWaiting(
            String select, LocalDate eligibleBefore, DashboardFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder(select
                + " from client c join target_group t on t.id = c.target_group_id "
                + "where c.status in ('ELIGIBLE', 'PROPOSED', 'PARKED') and c.eligible_since <= ?");
        args.add(Date.valueOf(eligibleBefore));
        narrow(sql, args, filter, null, null, "c.care_provider_id", "t.code");
        return sql;
    }

    /** Clients who became eligible in a period, per target-group code: rows of code and number. */
    List<Object[]> inflow(LocalDate from, LocalDate to, DashboardFilter filter) {
        StringBuilder sql = new StringBuilder("select t.code, count(*) from client c "
                + "join target_group t on t.id = c.target_group_id where c.eligible_since between ? and ?");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        narrow(sql, args, filter, null, null, "c.care_provider_id", "t.code");
        sql.append(" group by t.code");
        return jdbc.query(sql.toString(), (row, n) -> new Object[] {row.getString(1), row.getInt(2)}, args.toArray());
    }

    /** Open vacancies per corporation. */
    List<Vacancies> vacancies(DashboardFilter filter) {
        StringBuilder sql = new StringBuilder(
                "select corporation_id, count(*), min(available_from) from dwelling where status = 'AVAILABLE'");
        List<Object> args = new ArrayList<>();
        narrow(sql, args, filter, "district_id", "corporation_id", null, null);
        sql.append(" group by corporation_id");
        return jdbc.query(
                sql.toString(),
                (row, n) -> new Vacancies(
                        row.getLong(1), row.getInt(2), row.getDate(3).toLocalDate()),
                args.toArray());
    }

    /**
     * Proposals sent and awaiting an answer of at least one party, oldest first; with {@code consent}, each says
     * whether the client's consent shares the target group.
     */
    List<OpenProposal> openProposals(DashboardFilter filter, boolean consent) {
        StringBuilder sql = new StringBuilder(
                "select client_code, target_group, corporation_id, care_provider_id, sent_at, corporation_decision, "
                        + "provider_decision, " + (consent ? PROPOSAL_GROUP_SHARED : "true")
                        + ", client_id from proposal where status = 'SENT' and sent_at is not null");
        List<Object> args = new ArrayList<>();
        narrow(sql, args, filter, "district_id", "corporation_id", "care_provider_id", "target_group");
        sql.append(" order by sent_at, id");
        return jdbc.query(
                sql.toString(),
                (row, n) -> new OpenProposal(
                        row.getString(1),
                        row.getString(2),
                        row.getLong(3),
                        row.getLong(4),
                        row.getObject(5, Timestamp.class).toInstant(),
                        row.getString(6) != null,
                        row.getString(7) != null,
                        row.getBoolean(8),
                        row.getLong(9)),
                args.toArray());
    }

    private static void narrow(
            StringBuilder sql,
            List<Object> args,
            DashboardFilter filter,
            @Nullable String district,
            @Nullable String corporation,
            @Nullable String provider,
            @Nullable String group) {
        add(sql, args, district, filter.districtId());
        add(sql, args, corporation, filter.corporationId());
        add(sql, args, provider, filter.careProviderId());
        add(sql, args, group, filter.groupCode());
    }

    private static void add(StringBuilder sql, List<Object> args, @Nullable String column, @Nullable Object value) {
        if (column != null && value != null) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static @Nullable Long nullableLong(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
