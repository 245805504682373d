package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import nl.matchpunt.support.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Item 9 of the trust issue, with real parts only: the application as its own JVM, real HTTP on loopback, real
 * PostgreSQL. (1) SIGKILL while 200 vacancy registrations are in flight: every registration the caller saw
 * confirmed is in the database with all its parts, and nothing is half-written. (2) PostgreSQL restarted under a
 * steady load: during the gap every answer is either a real success or an honest 503, never a hang, and the
 * application serves normally again within 10 s of PostgreSQL accepting connections, without a restart.
 *
 * <p>The application runs on a database of its own, made for this class on the test server and dropped after it,
 * so that other tests' data and demo data play no part.
 */
@Tag("slow")
class CrashIntegrationTests {

    static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    static final int WRITES = 200;

    static final int KILL_AFTER_CONFIRMATIONS = 60;

    static final List<String> CORPORATIONS = List.of("ymere", "rochdale", "eigen-haard", "de-key", "stadgenoot");

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static String serverUrl;

    static String databaseName;

    static String databaseUrl;

    static TestDatabase.Connection owner;

    static @Nullable ApplicationProcess application;

    static final Map<String, Long> organisationIds = new HashMap<>();

    @BeforeAll
    static void createDatabase() throws SQLException {
        owner = TestDatabase.get();
        String url = owner.url();
        int query = url.indexOf('?');
        String withoutQuery = query < 0 ? url : url.substring(0, query);
        int slash = withoutQuery.lastIndexOf('/');
        serverUrl = withoutQuery.substring(0, slash + 1);
        databaseName = ("matchpunt_crash_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis());
        databaseUrl = serverUrl + databaseName + (query < 0 ? "" : url.substring(query));
        try (Connection admin = TestDatabase.open();
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + databaseName);
        }
        application =
                ApplicationProcess.start(databaseUrl, owner.username(), owner.password(), "first-start", START_TIMEOUT);
        try (Connection db = openOwner()) {
            for (String code : CORPORATIONS) {
                organisationIds.put(
                        code,
                        insertReturningId(
                                db,
                                "insert into organisation (code, name, type, active, created_at)"
                                        + " values (?, ?, 'HOUSING_CORPORATION', true, now())",
                                code,
                                "Corporatie " + code));
            }
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (application != null) {
            application.close();
        }
        try (Connection admin = TestDatabase.open();
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + databaseName + " with (force)");
        }
    }

    // ---------------------------------------------------------------- 1. SIGKILL during 200 concurrent writes

    /** One registration as the caller saw it. */
    record Write(
            String reference,
            String corporation,
            String rent,
            int status,
            @Nullable Long id,
            String error) {

        boolean confirmed() {
            return status == 201 && id != null;
        }

        boolean answered() {
            return status > 0;
        }
    }

    @Test
    void aKillDuringConcurrentWritesLosesNoConfirmedWriteAndLeavesNoneHalfWritten() throws Exception {
        ApplicationProcess running = runningApplication();
        String run =
                "CR" + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        Map<String, String> keys = new HashMap<>();
        for (String corporation : CORPORATIONS) {
            keys.put(corporation, issueKey(corporation, "Crashtest " + run));
        }

        AtomicReferenceArray<Write> writes = new AtomicReferenceArray<>(WRITES);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch enoughConfirmed = new CountDownLatch(KILL_AFTER_CONFIRMATIONS);
        ExecutorService senders = Executors.newFixedThreadPool(WRITES);
        for (int i = 0; i < WRITES; i++) {
            int index = i;
            senders.execute(() -> {
                String corporation = CORPORATIONS.get(index % CORPORATIONS.size());
                String reference = run + "-" + index;
                String rent = (500 + index) + ".25";
                Write write = register(running, keys.get(corporation), corporation, reference, rent, go);
                writes.set(index, write);
                if (write.confirmed()) {
                    enoughConfirmed.countDown();
                }
            });
        }
        go.countDown();
        boolean reached = enoughConfirmed.await(60, TimeUnit.SECONDS);
        running.kill();
        Instant killedAt = Instant.now();
        senders.shutdown();
        assertThat(senders.awaitTermination(30, TimeUnit.SECONDS))
                .as("every request ended once the application was gone")
                .isTrue();
        application = null;

        List<Write> all = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            all.add(writes.get(i));
        }
        List<Write> confirmed = all.stream().filter(Write::confirmed).toList();
        long refused = all.stream().filter(w -> w.answered() && !w.confirmed()).count();
        long unanswered = all.stream().filter(w -> !w.answered()).count();
        assertThat(reached)
                .as(
                        "the application confirmed %d of %d writes within 60 s; refusals: %s",
                        confirmed.size(),
                        WRITES,
                        all.stream()
                                .filter(w -> w.answered() && !w.confirmed())
                                .limit(3)
                                .toList())
                .isTrue();

        Stored stored = stored(run, keys);
        List<String> missing = new ArrayList<>();
        for (Write write : confirmed) {
            StoredDwelling dwelling = stored.dwellings().get(write.reference());
            if (dwelling == null
                    || !dwelling.id().equals(write.id())
                    || !dwelling.corporationId().equals(organisationIds.get(write.corporation()))
                    || dwelling.rent().compareTo(new java.math.BigDecimal(write.rent())) != 0) {
                missing.add(write.reference() + " (id " + write.id() + "): " + dwelling);
            }
        }
        List<String> halfWritten = new ArrayList<>();
        stored.dwellings().values().stream()
                .filter(d -> d.createdChanges() != 1 || d.createAudits() != 1)
                .forEach(d -> halfWritten.add(d.toString()));
        stored.orphanAudits().forEach(id -> halfWritten.add("audit record of dwelling " + id + " that does not exist"));
        long committedUnanswered = stored.dwellings().size() - confirmed.size();

        // the same database, a new process: it starts and serves every confirmed record
        long restartStart = System.nanoTime();
        ApplicationProcess restarted =
                ApplicationProcess.start(databaseUrl, owner.username(), owner.password(), "after-kill", START_TIMEOUT);
        application = restarted;
        double restartSeconds = (System.nanoTime() - restartStart) / 1e9;
        List<String> notServed = new ArrayList<>();
        for (Write write : confirmed) {
            HttpResponse<String> read =
                    send(restarted, "GET", "/api/v1/dwellings/" + write.id(), keys.get(write.corporation()), null);
            if (read.statusCode() != 200 || !read.body().contains("\"ownReference\":\"" + write.reference() + "\"")) {
                notServed.add(write.reference() + ": " + read.statusCode());
            }
        }
        Write after = register(restarted, keys.get("ymere"), "ymere", run + "-after", "650.00", new CountDownLatch(0));

        System.out.printf(
                "TRUST crash: %d concurrent writes sent, SIGKILL at %s after %d confirmations; %d of %d confirmed"
                        + " found complete (dwelling, CREATED history, audit record), %d more committed but never"
                        + " answered, %d half-written, %d refused, %d unanswered; restart on the same database ready"
                        + " in %.1f s, %d of %d confirmed served, a new write %s%n",
                WRITES,
                killedAt,
                confirmed.size(),
                confirmed.size() - missing.size(),
                confirmed.size(),
                committedUnanswered,
                halfWritten.size(),
                refused,
                unanswered,
                restartSeconds,
                confirmed.size() - notServed.size(),
                confirmed.size(),
                after.status());

        assertThat(unanswered)
                .as("the kill came while writes were in flight (else it tested nothing)")
                .isPositive();
        assertThat(missing)
                .as("confirmed writes missing or different in the database")
                .isEmpty();
        assertThat(halfWritten).as("half-written registrations").isEmpty();
        assertThat(committedUnanswered)
                .as("stored registrations that nobody confirmed")
                .isNotNegative();
        assertThat(notServed)
                .as("confirmed records the restarted application does not serve")
                .isEmpty();
        assertThat(after.status())
                .as("a write after the restart: %s", after.error())
                .isEqualTo(201);
    }

    private static Write register(
            ApplicationProcess target,
            String key,
            String corporation,
            String reference,
            String rent,
            CountDownLatch go) {
        try {
            go.await();
            HttpResponse<String> response =
                    send(target, "POST", "/api/v1/dwellings", key, dwellingJson(reference, rent));
            Long id = response.headers()
                    .firstValue("Location")
                    .map(location -> Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
                    .orElse(null);
            String error = response.statusCode() == 201
                    ? ""
                    : response.body().substring(0, Math.min(200, response.body().length()));
            return new Write(reference, corporation, rent, response.statusCode(), id, error);
        } catch (IOException e) {
            return new Write(reference, corporation, rent, 0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Write(reference, corporation, rent, 0, null, e.toString());
        }
    }

    record StoredDwelling(
            Long id,
            String reference,
            Long corporationId,
            java.math.BigDecimal rent,
            int createdChanges,
            int createAudits) {}

    record Stored(Map<String, StoredDwelling> dwellings, List<String> orphanAudits) {}

    /**
     * What one registration writes in its transaction: the dwelling, its CREATED history row and its audit record
     * (by the key's technical user); and any audit record of this run's keys whose dwelling does not exist.
     */
    private static Stored stored(String run, Map<String, String> keys) throws SQLException {
        Map<String, StoredDwelling> dwellings = new HashMap<>();
        List<String> orphans = new ArrayList<>();
        List<String> users =
                keys.values().stream().map(key -> "api:" + key.substring(0, 10)).toList();
        String inUsers = String.join(",", users.stream().map(u -> "?").toList());
        try (Connection db = openOwner()) {
            try (PreparedStatement statement = db.prepareStatement("select d.id, d.own_reference, d.corporation_id,"
                    + " d.rent, (select count(*) from dwelling_change c where c.dwelling_id = d.id"
                    + " and c.action = 'CREATED'),"
                    + " (select count(*) from audit_record a where a.subject_type = 'DWELLING'"
                    + " and a.action = 'CREATE' and a.subject_id = d.id::text)"
                    + " from dwelling d where d.own_reference like ?")) {
                statement.setString(1, run + "-%");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        StoredDwelling dwelling = new StoredDwelling(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getLong(3),
                                rows.getBigDecimal(4),
                                rows.getInt(5),
                                rows.getInt(6));
                        dwellings.put(dwelling.reference(), dwelling);
                    }
                }
            }
            try (PreparedStatement statement = db.prepareStatement("select a.subject_id from audit_record a"
                    + " where a.subject_type = 'DWELLING' and a.username in (" + inUsers + ")"
                    + " and not exists (select 1 from dwelling d where d.id::text = a.subject_id)")) {
                for (int i = 0; i < users.size(); i++) {
                    statement.setString(i + 1, users.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        orphans.add(rows.getString(1));
                    }
                }
            }
        }
        return new Stored(dwellings, orphans);
    }

    // ---------------------------------------------------------------- helpers

    static ApplicationProcess runningApplication() {
        if (application == null || !application.isAlive()) {
            application =
                    ApplicationProcess.start(databaseUrl, owner.username(), owner.password(), "start", START_TIMEOUT);
        }
        return application;
    }

    static Connection openOwner() throws SQLException {
        return DriverManager.getConnection(databaseUrl, owner.username(), owner.password());
    }

    /** An API key for the corporation, stored as the administrator's page would (only its SHA-256 hash). */
    static String issueKey(String corporation, String name) throws SQLException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String key = "mp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection db = openOwner()) {
            insertReturningId(
                    db,
                    "insert into api_key (organisation_id, name, prefix, key_hash, created_at, created_by)"
                            + " values (?, ?, ?, ?, now(), 'crashtest')",
                    organisationIds.get(corporation),
                    name,
                    key.substring(0, 10),
                    sha256(key));
        }
        return key;
    }

    static long insertReturningId(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String dwellingJson(String reference, String rent) {
        return "{\"ownReference\":\"" + reference + "\",\"street\":\"Bos en Lommerweg\",\"houseNumber\":112,"
                + "\"postcode\":\"1055 DT\",\"city\":\"Amsterdam\",\"district\":\"E\",\"area\":\"GE06\","
                + "\"rent\":" + rent + ",\"rooms\":2,\"livingArea\":54,\"floor\":2,\"sharedEntrance\":true,"
                + "\"availableFrom\":\"2026-12-15\"}";
    }

    static HttpResponse<String> send(
            ApplicationProcess target, String method, String path, String key, @Nullable String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("X-API-Key", key)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
