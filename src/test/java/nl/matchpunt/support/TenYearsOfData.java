package nl.matchpunt.support;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ten years of generated data for load tests, written with JDBC batches as the schema's owner (so row-level
 * security does not apply to the writing) and removed again afterwards, completely: 18,000 placements, each a
 * chain of a let dwelling (about 1,800 a year), a placed client, a confirmed proposal in a weekly round with its
 * events and allocation, a ledger entry, a placement case with its timeline and the notifications it sent; besides
 * those 4,000 declined proposals, 300 vacant dwellings, and 30,000 clients in all (2,000 waiting, 300 submitted
 * for the eligibility decision, the rest placed or withdrawn).
 *
 * <p>Generated rows carry a mark (client codes {@code L-}, dwelling references {@code LOAD-}, rounds opened by
 * {@code generator}, ledger note {@link #MARK}); {@link #remove()} deletes by it, children first.
 */
public final class TenYearsOfData {

    public static final String MARK = "generated-load";

    public static final int YEARS = 10;

    public static final int PLACEMENTS = 18_000;

    public static final int CLIENTS = 30_000;

    public static final int WAITING = 2_000;

    public static final int SUBMITTED = 300;

    public static final int DECLINES = 4_000;

    public static final int VACANT = 300;

    private static final String GENERATOR = "generator";

    private static final int BATCH = 1_000;

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final String[] STREETS = {
        "Javastraat",
        "Kinkerstraat",
        "Osdorpplein",
        "Bijlmerdreef",
        "Meeuwenlaan",
        "Van Woustraat",
        "Burgemeester de Vlugtlaan",
        "Insulindeweg",
        "Postjesweg",
        "Ganzenhoef"
    };

    private final Connection connection;

    private final Random random;

    private final LocalDate today = LocalDate.now(AMSTERDAM);

    private final LocalDate first = today.minusYears(YEARS);

    private final List<Placement> placements = new ArrayList<>();

    private final Map<Long, String> regionNames = new HashMap<>();

    private final Map<String, Long> groupIds = new HashMap<>();

    private final Map<Long, List<Long>> accounts = new HashMap<>();

    private final List<Long> coordinators = new ArrayList<>();

    private TenYearsOfData(Connection connection, Random random) {
        this.connection = connection;
        this.random = random;
    }

    /** One placement's chain; ids are filled in as the rows are written. */
    private static final class Placement {
        LocalDate agreed;
        int waited;
        String group;
        long corporation;
        long provider;
        long district;
        long area;
        String street;
        int number;
        long dwellingId;
        long clientId;
        long roundId;
        long proposalId;
        long caseId;
        String clientCode;

        String address() {
            return street + " " + number;
        }

        LocalDate sent() {
            return agreed.minusDays(14);
        }
    }

    /** Writes all of it in one transaction and analyses the tables; returns the time taken in milliseconds. */
    public static long generate() throws Exception {
        long start = System.nanoTime();
        try (Connection connection = TestDatabase.open()) {
            connection.setAutoCommit(false);
            TenYearsOfData data = new TenYearsOfData(connection, new Random(7));
            data.plan();
            data.dwellings();
            data.clients();
            data.rounds();
            data.proposals();
            data.ledger();
            data.cases();
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // as a database that has been in use for years: vacuumed and analysed, not busy doing so meanwhile
                statement.execute("vacuum analyze");
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Deletes every generated row (and what the application derived from them), children first. */
    public static void remove() throws Exception {
        try (Connection connection = TestDatabase.open();
                Statement statement = connection.createStatement()) {
            String rounds = "select id from matching_round where opened_by = '" + GENERATOR + "'";
            String proposals = "select id from proposal where round_id in (" + rounds + ")";
            String cases = "select id from placement_case where proposal_id in (" + proposals + ")";
            for (String delete : List.of(
                    "delete from notification n using placement_case c where n.link = '/cases/' || c.id "
                            + "and c.proposal_id in (" + proposals + ")",
                    "delete from notification n using proposal p where n.link = '/proposals/' || p.id "
                            + "and p.round_id in (" + rounds + ")",
                    "delete from case_notification where case_id in (" + cases + ")",
                    "delete from case_event where case_id in (" + cases + ")",
                    "delete from case_agreement where case_id in (" + cases + ")",
                    "delete from case_signal where case_id in (" + cases + ")",
                    "delete from housing_review where case_id in (" + cases + ")",
                    "delete from transfer_proposal where case_id in (" + cases + ")",
                    "delete from placement_case where proposal_id in (" + proposals + ")",
                    "delete from quota_placement where note = '" + MARK + "'",
                    "delete from allocation where proposal_id in (" + proposals + ")",
                    "delete from proposal_event where proposal_id in (" + proposals + ")",
                    "delete from proposal where round_id in (" + rounds + ")",
                    "delete from round_ranking where round_id in (" + rounds + ")",
                    "delete from round_unmatched_dwelling where round_id in (" + rounds + ")",
                    "delete from matching_round where opened_by = '" + GENERATOR + "'",
                    "delete from client where client_code like 'L-%'",
                    "delete from dwelling_change where dwelling_id in "
                            + "(select id from dwelling where own_reference like 'LOAD-%')",
                    "delete from dwelling where own_reference like 'LOAD-%'")) {
                statement.executeUpdate(delete);
            }
            statement.execute("analyze");
        }
    }

    // --- reference data and the plan -------------------------------------------------------------------------

    private List<Long> ids(String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void plan() throws Exception {
        List<String> groups = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, code, counts_towards_quota from target_group")) {
            while (rows.next()) {
                groupIds.put(rows.getString(2), rows.getLong(1));
                if (rows.getBoolean(3)) {
                    groups.add(rows.getString(2));
                }
            }
        }
        List<Long> corporations = ids("select id from organisation where type = 'HOUSING_CORPORATION'");
        List<Long> providers = ids("select id from organisation where type = 'CARE_PROVIDER'");
        List<long[]> areas = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select a.id, a.parent_id, a.name, d.name from geo_unit a join geo_unit d on d.id = a.parent_id "
                                + "where a.level = 'AREA'")) {
            while (rows.next()) {
                areas.add(new long[] {rows.getLong(1), rows.getLong(2)});
                regionNames.put(rows.getLong(1), rows.getString(3));
                regionNames.put(rows.getLong(2), rows.getString(4));
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select id, organisation_id, role from user_account where enabled")) {
            while (rows.next()) {
                if ("COORDINATOR".equals(rows.getString(3))) {
                    coordinators.add(rows.getLong(1));
                } else {
                    accounts.computeIfAbsent(rows.getLong(2), organisation -> new ArrayList<>())
                            .add(rows.getLong(1));
                }
            }
        }
        int days = (int) ChronoUnit.DAYS.between(first, today);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < PLACEMENTS; i++) {
            dates.add(first.plusDays(14 + random.nextInt(days - 14)));
        }
        dates.sort(null);
        for (LocalDate agreed : dates) {
            Placement placement = new Placement();
            long[] area = pick(areas);
            placement.agreed = agreed;
            placement.waited = 5 + (int) Math.abs(random.nextGaussian() * 70);
            placement.group = pick(groups);
            placement.corporation = pick(corporations);
            placement.provider = pick(providers);
            placement.district = area[1];
            placement.area = area[0];
            placement.street = STREETS[random.nextInt(STREETS.length)];
            placement.number = 1 + random.nextInt(300);
            placements.add(placement);
        }
    }

    private Timestamp at(LocalDate date, int hour) {
        return Timestamp.from(
                date.atTime(LocalTime.of(hour, 0)).atZone(AMSTERDAM).toInstant());
    }

    private static void flush(PreparedStatement insert, int i) throws Exception {
        if (i % BATCH == BATCH - 1) {
            insert.executeBatch();
        }
    }

    /** Runs the batch and returns the generated ids in insertion order. */
    private static List<Long> keys(PreparedStatement insert) throws Exception {
        insert.executeBatch();
        List<Long> ids = new ArrayList<>();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        return ids;
    }

    // --- dwellings -----------------------------------------------------------------------------------------

    private void dwellings() throws Exception {
        String sql = "insert into dwelling (corporation_id, own_reference, street, house_number, postcode, city, "
                + "district_id, area_id, rent, rooms, living_area, floor, elevator, accessible, shared_entrance, "
                + "available_from, status, withdrawal_reason, status_changed_at, created_at) "
                + "values (?, ?, ?, ?, ?, 'Amsterdam', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < placements.size(); i++) {
                Placement p = placements.get(i);
                LocalDate available = p.sent().minusDays(7 + random.nextInt(30));
                boolean let = p.agreed.isBefore(today.minusDays(60));
                dwelling(insert, i, p.corporation, p.district, p.area, p.street, p.number, available);
                insert.setString(16, let ? "LET" : "ALLOCATED");
                insert.setNull(17, Types.VARCHAR);
                insert.setTimestamp(18, at(p.agreed, 12));
                insert.setTimestamp(19, at(available.minusDays(20), 10));
                insert.addBatch();
                if (i % BATCH == BATCH - 1) {
                    ids.addAll(keys(insert));
                }
            }
            ids.addAll(keys(insert));
            for (int i = 0; i < placements.size(); i++) {
                placements.get(i).dwellingId = ids.get(i);
            }
            for (int i = 0; i < VACANT; i++) {
                Placement like = pick(placements);
                boolean withdrawn = i % 5 == 0;
                LocalDate available = withdrawn
                        ? today.minusDays(random.nextInt(365 * YEARS))
                        : today.plusDays(random.nextInt(60) - 20);
                dwelling(
                        insert,
                        placements.size() + i,
                        like.corporation,
                        like.district,
                        like.area,
                        STREETS[i % STREETS.length],
                        300 + i,
                        available);
                insert.setString(16, withdrawn ? "WITHDRAWN" : "AVAILABLE");
                insert.setString(17, withdrawn ? "Sloop en nieuwbouw" : null);
                insert.setTimestamp(18, at(available.minusDays(10), 12));
                insert.setTimestamp(19, at(available.minusDays(10), 10));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void dwelling(
            PreparedStatement insert,
            int i,
            long corporation,
            long district,
            long area,
            String street,
            int number,
            LocalDate available)
            throws Exception {
        int rooms = 1 + random.nextInt(4);
        int floor = random.nextInt(6);
        insert.setLong(1, corporation);
        insert.setString(2, "LOAD-" + i);
        insert.setString(3, street);
        insert.setInt(4, number);
        insert.setString(5, (1000 + random.nextInt(110)) + "AB");
        insert.setLong(6, district);
        insert.setLong(7, area);
        insert.setBigDecimal(8, java.math.BigDecimal.valueOf(550 + random.nextInt(330)));
        insert.setInt(9, rooms);
        insert.setInt(10, 25 + rooms * 15 + random.nextInt(15));
        insert.setInt(11, floor);
        insert.setBoolean(12, floor > 2 && random.nextBoolean());
        insert.setBoolean(13, floor == 0 && random.nextInt(4) == 0);
        insert.setBoolean(14, random.nextBoolean());
        insert.setDate(15, Date.valueOf(available));
    }

    // --- clients -------------------------------------------------------------------------------------------

    private void clients() throws Exception {
        List<Long> groups = new ArrayList<>(groupIds.values());
        List<Long> providers = ids("select id from organisation where type = 'CARE_PROVIDER'");
        String sql = "insert into client (client_code, care_provider_id, status, name, target_group_id, adults, "
                + "children, submitted_at, eligible_since, decided_by, placed_on, withdrawal_reason, created_at, "
                + "updated_at) values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            List<Long> placedIds = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int placed = i - WAITING - SUBMITTED;
                Placement p = placed >= 0 && placed < placements.size() ? placements.get(placed) : null;
                String status;
                LocalDate eligible;
                if (i < WAITING) {
                    status = "ELIGIBLE";
                    eligible = today.minusDays(random.nextInt(200));
                } else if (i < WAITING + SUBMITTED) {
                    status = "SUBMITTED";
                    eligible = null;
                } else if (p != null) {
                    status = "PLACED";
                    eligible = p.agreed.minusDays(p.waited);
                } else {
                    status = "WITHDRAWN";
                    eligible = today.minusDays(30 + random.nextInt(365 * YEARS));
                }
                LocalDate created = eligible == null ? today.minusDays(random.nextInt(40)) : eligible.minusDays(10);
                String code = "L-" + i;
                insert.setString(1, code);
                insert.setLong(2, p == null ? pick(providers) : p.provider);
                insert.setString(3, status);
                insert.setString(4, "Cliënt " + i);
                insert.setLong(5, p == null ? pick(groups) : groupIds.get(p.group));
                insert.setInt(6, random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 0);
                insert.setTimestamp(7, at(created.plusDays(2), 11));
                insert.setDate(8, eligible == null ? null : Date.valueOf(eligible));
                insert.setString(9, eligible == null ? null : GENERATOR);
                insert.setDate(10, p == null ? null : Date.valueOf(p.agreed));
                insert.setString(11, "WITHDRAWN".equals(status) ? "Elders gehuisvest" : null);
                insert.setTimestamp(12, at(created, 10));
                insert.setTimestamp(13, at(p == null ? created : p.agreed, 12));
                insert.addBatch();
                if (p != null) {
                    p.clientCode = code;
                }
                if (i % BATCH == BATCH - 1) {
                    placedIds.addAll(keys(insert));
                }
            }
            placedIds.addAll(keys(insert));
            for (int i = 0; i < placements.size(); i++) {
                placements.get(i).clientId = placedIds.get(WAITING + SUBMITTED + i);
            }
        }
    }

    // --- rounds, proposals, events, allocations ----------------------------------------------------------------

    private void rounds() throws Exception {
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = monday; !week.isAfter(today.minusDays(7)); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        int[] proposals = new int[weeks.size()];
        int[] roundOf = new int[placements.size()];
        for (int i = 0; i < placements.size(); i++) {
            long week = ChronoUnit.WEEKS.between(monday, placements.get(i).sent());
            roundOf[i] = (int) Math.max(0, Math.min(weeks.size() - 1, week));
            proposals[roundOf[i]]++;
        }
        String sql = "insert into matching_round (reference_date, status, opened_at, opened_by, confirmed_at, "
                + "confirmed_by, dwelling_count, client_count, proposal_count, total_score, solve_millis) "
                + "values (?, 'CONFIRMED', ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int w = 0; w < weeks.size(); w++) {
                LocalDate week = weeks.get(w);
                insert.setDate(1, Date.valueOf(week));
                insert.setTimestamp(2, at(week, 9));
                insert.setString(3, GENERATOR);
                insert.setTimestamp(4, at(week, 10));
                insert.setString(5, GENERATOR);
                insert.setInt(6, proposals[w] + random.nextInt(8));
                insert.setInt(7, 150 + random.nextInt(100));
                insert.setInt(8, proposals[w]);
                insert.setBigDecimal(9, java.math.BigDecimal.valueOf(proposals[w] * 71L, 1));
                insert.setLong(10, 200 + random.nextInt(800));
                insert.addBatch();
            }
            List<Long> ids = keys(insert);
            for (int i = 0; i < placements.size(); i++) {
                placements.get(i).roundId = ids.get(roundOf[i]);
            }
        }
    }

    private void proposals() throws Exception {
        String sql = "insert into proposal (round_id, dwelling_id, client_id, corporation_id, care_provider_id, "
                + "client_code, dwelling_label, district_id, area_id, district, area, available_from, target_group, "
                + "household_size, has_children, eligible_since, status, score, score_waiting, score_preferences, "
                + "score_contingent, score_spread, score_scarcity, corporation_decision, provider_decision, "
                + "decline_reason_code, declined_by, sent_at, closed_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Placement> declined = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < placements.size(); i++) {
                proposal(insert, placements.get(i), false);
                if (i % BATCH == BATCH - 1) {
                    ids.addAll(keys(insert));
                }
            }
            ids.addAll(keys(insert));
            for (int i = 0; i < placements.size(); i++) {
                placements.get(i).proposalId = ids.get(i);
            }
            // an earlier proposal of the same pair's dwelling to another placed client, declined and confirmed
            for (int i = 0; i < DECLINES; i++) {
                Placement p = placements.get(random.nextInt(placements.size()));
                Placement other = placements.get(random.nextInt(placements.size()));
                Placement d = new Placement();
                d.agreed = p.agreed.minusDays(7);
                d.waited = other.waited;
                d.group = other.group;
                d.corporation = p.corporation;
                d.provider = other.provider;
                d.district = p.district;
                d.area = p.area;
                d.street = p.street;
                d.number = p.number;
                d.dwellingId = p.dwellingId;
                d.clientId = other.clientId;
                d.clientCode = other.clientCode;
                d.roundId = p.roundId;
                proposal(insert, d, true);
                declined.add(d);
                if (i % BATCH == BATCH - 1) {
                    ids.addAll(keys(insert));
                }
            }
            ids.addAll(keys(insert));
            for (int i = 0; i < declined.size(); i++) {
                declined.get(i).proposalId = ids.get(placements.size() + i);
            }
        }
        proposalEvents(declined);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into allocation (proposal_id, dwelling_id, client_id, area, allocated_on) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < placements.size(); i++) {
                Placement p = placements.get(i);
                insert.setLong(1, p.proposalId);
                insert.setLong(2, p.dwellingId);
                insert.setLong(3, p.clientId);
                insert.setString(4, regionNames.get(p.area));
                insert.setDate(5, Date.valueOf(p.agreed));
                insert.addBatch();
                flush(insert, i);
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into notification (account_id, message_key, message_args, link, created_at, read_at) "
                        + "values (?, 'matching.notification.declined', ?, ?, ?, ?)")) {
            int n = 0;
            for (Placement d : declined) {
                for (Long account : coordinators) {
                    notification(
                            insert,
                            account,
                            d.address() + ", Amsterdam\u001F" + d.clientCode,
                            "/proposals/" + d.proposalId,
                            d);
                    flush(insert, n++);
                }
            }
            insert.executeBatch();
        }
    }

    private void proposal(PreparedStatement insert, Placement p, boolean declined) throws Exception {
        double waiting = Math.min(100, p.waited / 1.5);
        insert.setLong(1, p.roundId);
        insert.setLong(2, p.dwellingId);
        insert.setLong(3, p.clientId);
        insert.setLong(4, p.corporation);
        insert.setLong(5, p.provider);
        insert.setString(6, p.clientCode);
        insert.setString(7, p.address() + ", Amsterdam");
        insert.setLong(8, p.district);
        insert.setLong(9, p.area);
        insert.setString(10, regionNames.get(p.district));
        insert.setString(11, regionNames.get(p.area));
        insert.setDate(12, Date.valueOf(p.sent().minusDays(7)));
        insert.setString(13, p.group);
        insert.setInt(14, 1);
        insert.setBoolean(15, false);
        insert.setDate(16, Date.valueOf(p.agreed.minusDays(p.waited)));
        insert.setString(17, declined ? "DECLINE_CONFIRMED" : "AGREED");
        insert.setBigDecimal(18, java.math.BigDecimal.valueOf(Math.round(waiting * 1.4 * 100), 2));
        insert.setBigDecimal(19, java.math.BigDecimal.valueOf(Math.round(waiting * 100), 2));
        insert.setBigDecimal(20, java.math.BigDecimal.valueOf(1000 + random.nextInt(2000), 2));
        insert.setBigDecimal(21, java.math.BigDecimal.valueOf(random.nextInt(2000), 2));
        insert.setBigDecimal(22, java.math.BigDecimal.valueOf(random.nextInt(500), 2));
        insert.setBigDecimal(23, java.math.BigDecimal.valueOf(random.nextInt(1000), 2));
        insert.setString(24, "ACCEPTED");
        insert.setString(25, declined ? "DECLINED" : "ACCEPTED");
        insert.setString(26, declined ? "UNSUITABLE_AFTER_VIEWING" : null);
        insert.setString(27, declined ? "CARE_PROVIDER" : null);
        insert.setTimestamp(28, at(p.sent(), 11));
        insert.setTimestamp(29, at(p.agreed, 15));
        insert.addBatch();
    }

    private void proposalEvents(List<Placement> declined) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into proposal_event (proposal_id, occurred_at, username, organisation_id, kind, reason_code) "
                        + "values (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Placement p : placements) {
                event(insert, p, p.sent(), GENERATOR, null, "SENT", null);
                event(insert, p, p.sent().plusDays(3), GENERATOR, p.corporation, "ACCEPTED", null);
                event(insert, p, p.agreed, GENERATOR, p.provider, "ACCEPTED", null);
                event(insert, p, p.agreed, GENERATOR, null, "AGREED", null);
                flush(insert, n++);
            }
            for (Placement d : declined) {
                event(insert, d, d.sent(), GENERATOR, null, "SENT", null);
                event(insert, d, d.sent().plusDays(3), GENERATOR, d.corporation, "ACCEPTED", null);
                event(insert, d, d.agreed, GENERATOR, d.provider, "DECLINED", "UNSUITABLE_AFTER_VIEWING");
                event(insert, d, d.agreed.plusDays(1), GENERATOR, null, "DECLINE_CONFIRMED", null);
                flush(insert, n++);
            }
            insert.executeBatch();
        }
    }

    private void event(
            PreparedStatement insert,
            Placement p,
            LocalDate on,
            String username,
            Long organisation,
            String kind,
            String reason)
            throws Exception {
        insert.setLong(1, p.proposalId);
        insert.setTimestamp(2, at(on, 12));
        insert.setString(3, username);
        if (organisation == null) {
            insert.setNull(4, Types.BIGINT);
        } else {
            insert.setLong(4, organisation);
        }
        insert.setString(5, kind);
        insert.setString(6, reason);
        insert.addBatch();
    }

    // --- ledger ---------------------------------------------------------------------------------------------

    private void ledger() throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into quota_placement (proposal_id, kind, target_group_code, counts_towards_quota, "
                        + "corporation_id, care_provider_id, district_id, area_id, client_code, eligible_since, "
                        + "agreed_on, days_waited, note, recorded_at, recorded_by) "
                        + "values (?, 'REGULAR', ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < placements.size(); i++) {
                Placement p = placements.get(i);
                insert.setLong(1, p.proposalId);
                insert.setString(2, p.group);
                insert.setLong(3, p.corporation);
                insert.setLong(4, p.provider);
                insert.setLong(5, p.district);
                insert.setLong(6, p.area);
                insert.setString(7, p.clientCode);
                insert.setDate(8, Date.valueOf(p.agreed.minusDays(p.waited)));
                insert.setDate(9, Date.valueOf(p.agreed));
                insert.setInt(10, p.waited);
                insert.setString(11, MARK);
                insert.setTimestamp(12, at(p.agreed, 16));
                insert.setString(13, GENERATOR);
                insert.addBatch();
                flush(insert, i);
            }
            insert.executeBatch();
        }
    }

    // --- cases, their timeline and notifications -------------------------------------------------------------

    private void cases() throws Exception {
        String sql = "insert into placement_case (proposal_id, dwelling_id, corporation_id, dwelling_address, "
                + "district_id, area_id, client_id, care_provider_id, client_code, target_group_code, household_size, "
                + "children_in_household, eligible_since, agreed_on, move_in_on, phase, phase_since, end_reason, "
                + "next_review_due, lease_due, own_lease_since, watchful_until, closed_on, next_due, opened_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < placements.size(); i++) {
                Placement p = placements.get(i);
                LocalDate moveIn = p.agreed.plusDays(14);
                long age = ChronoUnit.DAYS.between(p.agreed, today);
                boolean endedEarly = random.nextInt(20) == 0 && age > 180;
                String phase;
                LocalDate phaseSince;
                LocalDate ownLease = null;
                LocalDate watchful = null;
                LocalDate closed = null;
                LocalDate nextDue = null;
                LocalDate review = null;
                LocalDate lease = null;
                if (endedEarly) {
                    phase = "ENDED_EARLY";
                    phaseSince = moveIn.plusDays(60 + random.nextInt(100));
                    closed = phaseSince;
                } else if (age > 3 * 365) {
                    phase = "CLOSED";
                    ownLease = moveIn.plusYears(1);
                    watchful = ownLease.plusYears(1);
                    closed = watchful.plusDays(random.nextInt(30));
                    phaseSince = closed;
                } else if (age > 430) {
                    phase = "OWN_LEASE";
                    ownLease = moveIn.plusYears(1);
                    watchful = ownLease.plusYears(1);
                    phaseSince = ownLease;
                    nextDue = watchful;
                } else {
                    phase = "INTERMEDIARY_LEASE";
                    phaseSince = p.agreed;
                    review = moveIn.plusMonths(6 * (1 + age / 183));
                    lease = moveIn.plusYears(1);
                    // most cases are on time; one in eight has a step overdue
                    nextDue = random.nextInt(8) == 0
                            ? today.minusDays(1 + random.nextInt(30))
                            : (review.isBefore(lease) ? review : lease);
                }
                insert.setLong(1, p.proposalId);
                insert.setLong(2, p.dwellingId);
                insert.setLong(3, p.corporation);
                insert.setString(4, p.address());
                insert.setLong(5, p.district);
                insert.setLong(6, p.area);
                insert.setLong(7, p.clientId);
                insert.setLong(8, p.provider);
                insert.setString(9, p.clientCode);
                insert.setString(10, p.group);
                insert.setDate(11, Date.valueOf(p.agreed.minusDays(p.waited)));
                insert.setDate(12, Date.valueOf(p.agreed));
                insert.setDate(13, Date.valueOf(moveIn));
                insert.setString(14, phase);
                insert.setDate(15, Date.valueOf(phaseSince));
                insert.setString(16, endedEarly ? "LEFT" : null);
                insert.setDate(17, date(review));
                insert.setDate(18, date(lease));
                insert.setDate(19, date(ownLease));
                insert.setDate(20, date(watchful));
                insert.setDate(21, date(closed));
                insert.setDate(22, date(nextDue));
                insert.setTimestamp(23, at(p.agreed, 17));
                insert.addBatch();
                if (i % BATCH == BATCH - 1) {
                    ids.addAll(keys(insert));
                }
            }
            ids.addAll(keys(insert));
            for (int i = 0; i < placements.size(); i++) {
                placements.get(i).caseId = ids.get(i);
            }
        }
        caseEvents();
        caseNotifications();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private void caseEvents() throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into case_event (case_id, occurred_at, happened_on, actor_name, actor_organisation_id, kind, "
                        + "argument, detail, shared_with_corporation) values (?, ?, ?, ?, ?, ?, ?, null, true)")) {
            int n = 0;
            for (Placement p : placements) {
                caseEvent(insert, p, p.agreed, null, "OPENED", null);
                LocalDate moveIn = p.agreed.plusDays(14);
                for (int step = 1; step <= 4 && moveIn.plusDays(step * 20L).isBefore(today); step++) {
                    caseEvent(
                            insert, p, moveIn.plusDays(step * 20L), p.provider, "AGREEMENT_DONE", String.valueOf(step));
                }
                if (moveIn.plusYears(1).isBefore(today.minusDays(65))) {
                    caseEvent(insert, p, moveIn.plusYears(1), p.corporation, "OWN_LEASE_RECORDED", null);
                }
                if (moveIn.plusYears(2).isBefore(today.minusDays(365 + 30))) {
                    caseEvent(insert, p, moveIn.plusYears(2), null, "CLOSED", null);
                }
                flush(insert, n++);
            }
            insert.executeBatch();
        }
    }

    private void caseEvent(
            PreparedStatement insert, Placement p, LocalDate on, Long actor, String kind, String argument)
            throws Exception {
        insert.setLong(1, p.caseId);
        insert.setTimestamp(2, at(on, 13));
        insert.setDate(3, Date.valueOf(on));
        insert.setString(4, GENERATOR);
        if (actor == null) {
            insert.setNull(5, Types.BIGINT);
        } else {
            insert.setLong(5, actor);
        }
        insert.setString(6, kind);
        insert.setString(7, argument);
        insert.addBatch();
    }

    /** The "case opened" notification to both parties, and its copy for each of their staff accounts. */
    private void caseNotifications() throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                        "insert into case_notification (recipient_organisation_id, recipient_role, case_id, "
                                + "message_key, arguments, link, dedup_key, created_at, read_at) "
                                + "values (?, ?, ?, 'cases.notification.opened', ?, ?, ?, ?, ?)");
                PreparedStatement copy = connection.prepareStatement(
                        "insert into notification (account_id, message_key, message_args, link, created_at, read_at) "
                                + "values (?, 'cases.notification.opened', ?, ?, ?, ?)")) {
            int n = 0;
            int copies = 0;
            for (Placement p : placements) {
                for (Object[] recipient :
                        new Object[][] {{p.provider, "CARE_PROVIDER_STAFF"}, {p.corporation, "CORPORATION_STAFF"}}) {
                    long organisation = (Long) recipient[0];
                    insert.setLong(1, organisation);
                    insert.setString(2, (String) recipient[1]);
                    insert.setLong(3, p.caseId);
                    insert.setString(4, p.clientCode + "|" + p.address());
                    insert.setString(5, "/cases/" + p.caseId);
                    insert.setString(6, "case:" + p.caseId + ":opened");
                    insert.setTimestamp(7, at(p.agreed, 17));
                    insert.setTimestamp(8, read(p));
                    insert.addBatch();
                    for (Long account : accounts.getOrDefault(organisation, List.of())) {
                        notification(copy, account, p.clientCode + "\u001F" + p.address(), "/cases/" + p.caseId, p);
                        flush(copy, copies++);
                    }
                }
                flush(insert, n++);
            }
            insert.executeBatch();
            copy.executeBatch();
        }
    }

    private void notification(PreparedStatement insert, long account, String args, String link, Placement p)
            throws Exception {
        insert.setLong(1, account);
        insert.setString(2, args);
        insert.setString(3, link);
        insert.setTimestamp(4, at(p.agreed, 17));
        insert.setTimestamp(5, read(p));
        insert.addBatch();
    }

    /** Read a few days later, except those of the last weeks. */
    private Timestamp read(Placement p) {
        return p.agreed.isAfter(today.minusDays(21)) && random.nextBoolean() ? null : at(p.agreed.plusDays(2), 9);
    }
}
