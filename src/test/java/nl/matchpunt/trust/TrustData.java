package nl.matchpunt.trust;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.matchpunt.support.TestDatabase;

/**
 * What the trust checks need from the database, through raw JDBC: the demo accounts and their organisations, real
 * records of each kind with the organisations that own them and the text that would betray them, and checksums of
 * every table the application writes.
 */
final class TrustData {

    /** The demo accounts, one per role and organisation. */
    static final List<String> ACCOUNTS = List.of("coordinator", "admin", "ymere", "rochdale", "hvo", "leger");

    /** Tables whose rows may change while only reading: the audit trail of reads, and framework bookkeeping. */
    static final Set<String> NOT_CHECKSUMMED = Set.of("audit_record", "flyway_schema_history", "shedlock");

    /**
     * The record kind named by the path segment before an id variable ("dwellings" in {@code /dwellings/{id}}):
     * a query giving id, up to two owning organisations and up to two texts that would betray the record. The
     * municipality's own records (rounds, administration) use {@code :municipality} as owner.
     */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry(
                    "dwellings",
                    "select id, corporation_id, null, own_reference, street || ' ' || house_number from dwelling"),
            Map.entry("clients", "select id, care_provider_id, null, client_code, name from client"),
            Map.entry(
                    "proposals",
                    "select id, corporation_id, care_provider_id, client_code, dwelling_label from proposal"
                            // drafts of a round not yet confirmed exist for nobody but the coordinator
                            + " where status not in ('DRAFT', 'REMOVED')"),
            Map.entry(
                    "cases",
                    "select id, corporation_id, care_provider_id, client_code, dwelling_address from placement_case"),
            Map.entry(
                    "signals",
                    "select s.id, c.corporation_id, c.care_provider_id, s.description, c.client_code"
                            + " from case_signal s join placement_case c on c.id = s.case_id"),
            Map.entry(
                    "notifications",
                    "select n.id, u.organisation_id, null, null, null from notification n"
                            + " join user_account u on u.id = n.account_id"),
            Map.entry("rounds", "select id, :municipality, null, null, null from matching_round"),
            Map.entry("organisations", "select id, :municipality, null, null, null from organisation"),
            Map.entry("accounts", "select id, :municipality, null, null, null from user_account"),
            Map.entry("api-keys", "select id, :municipality, null, null, null from api_key"),
            Map.entry("decline-reasons", "select id, :municipality, null, null, null from decline_reason"),
            Map.entry("target-groups", "select id, :municipality, null, null, null from target_group"));

    record Account(String username, long organisationId, String organisationType) {
        boolean isMunicipality() {
            return organisationType.equals("MUNICIPALITY");
        }
    }

    record Victim(long id, Set<Long> owners, List<String> markers) {}

    private final Map<String, Account> accounts = new LinkedHashMap<>();

    private final long municipality;

    TrustData() throws SQLException {
        try (Connection db = TestDatabase.open();
                PreparedStatement query =
                        db.prepareStatement("select u.username, u.organisation_id, o.type from user_account u"
                                + " join organisation o on o.id = u.organisation_id where u.username = ?")) {
            for (String username : ACCOUNTS) {
                query.setString(1, username);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    accounts.put(username, new Account(username, row.getLong(2), row.getString(3)));
                }
            }
        }
        municipality = accounts.get("coordinator").organisationId();
    }

    Account account(String username) {
        return accounts.get(username);
    }

    /** The kind of record for the segment before a variable, looking at the segment before it too. */
    static String kind(Endpoints.Endpoint endpoint, String variable) {
        String segment = endpoint.segmentBefore(variable);
        String qualified = endpoint.firstSegment() + "/" + segment;
        if (KINDS.containsKey(qualified)) {
            return qualified;
        }
        return KINDS.containsKey(segment) ? segment : null;
    }

    /**
     * Real records of a kind: the newest one owned by each organisation of the demo accounts, so that every
     * account is the stranger to some of them.
     */
    List<Victim> victims(String kind) throws SQLException {
        String sql = KINDS.get(kind).replace(":municipality", Long.toString(municipality));
        Map<Long, Victim> newestPerOwner = new TreeMap<>();
        Set<Long> demoOrganisations =
                accounts.values().stream().map(Account::organisationId).collect(java.util.stream.Collectors.toSet());
        try (Connection db = TestDatabase.open();
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                Set<Long> owners = new java.util.HashSet<>();
                for (int column = 2; column <= 3; column++) {
                    long owner = row.getLong(column);
                    if (!row.wasNull()) {
                        owners.add(owner);
                    }
                }
                List<String> markers = new ArrayList<>();
                for (int column = 4; column <= 5; column++) {
                    String marker = row.getString(column);
                    if (marker != null && marker.length() >= 4) {
                        markers.add(marker);
                    }
                }
                Victim victim = new Victim(row.getLong(1), Set.copyOf(owners), List.copyOf(markers));
                for (Long owner : owners) {
                    if (demoOrganisations.contains(owner)) {
                        newestPerOwner.merge(owner, victim, (a, b) -> a.id() > b.id() ? a : b);
                    }
                }
            }
        }
        return newestPerOwner.values().stream().distinct().toList();
    }

    /** An id no record of the kind has (the highest plus 1000). */
    long guessedId(String kind) throws SQLException {
        String table = table(kind);
        try (Connection db = TestDatabase.open();
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Some real id of the kind (the newest), for secondary variables; null when there is none. */
    Long anyId(String kind) throws SQLException {
        try (Connection db = TestDatabase.open();
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("select max(id) from " + table(kind))) {
            row.next();
            long id = row.getLong(1);
            return row.wasNull() ? null : id;
        }
    }

    /** The newest record of the kind owned by the organisation, or null. */
    Long ownedBy(String kind, long organisationId) throws SQLException {
        return victims(kind).stream()
                .filter(v -> v.owners().contains(organisationId))
                .map(Victim::id)
                .findFirst()
                .orElse(null);
    }

    private static String table(String kind) {
        String sql = KINDS.get(kind);
        String from = sql.substring(sql.indexOf(" from ") + 6).trim();
        return from.split(" ")[0];
    }

    /** A checksum of every row of every table the application writes (all but {@link #NOT_CHECKSUMMED}). */
    static Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection db = TestDatabase.open();
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet row = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (row.next()) {
                    tables.add(row.getString(1));
                }
            }
            for (String table : tables) {
                if (NOT_CHECKSUMMED.contains(table)) {
                    continue;
                }
                try (ResultSet row = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text,"
                        + " '|' order by t::text)), '') from " + table + " t")) {
                    row.next();
                    sums.put(table, row.getString(1));
                }
            }
        }
        return sums;
    }

    /** The tables whose checksum differs. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream()
                .filter(table -> !Objects.equals(before.get(table), after.get(table)))
                .toList();
    }
}
