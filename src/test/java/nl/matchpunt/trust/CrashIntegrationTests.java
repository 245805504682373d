package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;
import nl.matchpunt.support.TestDatabase;
import nl.matchpunt.support.TestDates;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

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
        // an answer that is not a confirmation must be the honest "busy, try again": 503 with a problem detail
        List<Write> dishonest = all.stream()
                .filter(w -> w.answered() && !w.confirmed())
                .filter(w -> w.status() != 503 || !w.error().contains("\"status\":503"))
                .toList();
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
                        + " answered, %d half-written, %d refused (%d of them with an honest 503), %d unanswered; restart on the same database ready"
                        + " in %.1f s, %d of %d confirmed served, a new write %s%n",
                WRITES,
                killedAt,
                confirmed.size(),
                confirmed.size() - missing.size(),
                confirmed.size(),
                committedUnanswered,
                halfWritten.size(),
                refused,
                refused - dishonest.size(),
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
                    : response.body()
                            .substring(0, Math.min(2000, response.body().length()));
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

    // ---------------------------------------------------------------- 2. PostgreSQL restarted under load

    enum Kind {
        API_WRITE,
        API_READ,
        PAGE_READ,
        FORM_WRITE,
        HEALTH
    }

    /** One request of the steady load: when it started and ended, and what came back. */
    record Sample(
            Kind kind,
            long start,
            long end,
            int status,
            String contentType,
            String headers,
            String body,
            String error,
            @Nullable String reference,
            @Nullable Long id) {

        double seconds() {
            return (end - start) / 1e9;
        }

        boolean success() {
            return switch (kind) {
                case API_WRITE -> status == 201 && id != null;
                case API_READ, PAGE_READ -> status == 200;
                case FORM_WRITE -> status == 302 && id != null;
                case HEALTH -> status == 200 && body.contains("\"UP\"");
            };
        }

        /** The honest answer while the database is away. */
        boolean unavailable(String dutchTitle) {
            if (status != 503) {
                return false;
            }
            return switch (kind) {
                case API_WRITE, API_READ ->
                    contentType.startsWith("application/problem+json") && body.contains("\"status\":503");
                case PAGE_READ, FORM_WRITE -> contentType.startsWith("text/html") && body.contains(dutchTitle);
                case HEALTH -> body.contains("\"DOWN\"");
            };
        }

        String describe() {
            return kind + " " + status + " " + contentType + " after " + String.format("%.1f s", seconds()) + " "
                    + error + " "
                    + body.substring(0, Math.min(160, body.length())).replaceAll("\\s+", " ");
        }
    }

    static final Duration HANG = Duration.ofSeconds(5);

    static final Duration RECOVERY = Duration.ofSeconds(10);

    @Test
    void aPostgresRestartUnderLoadIsAnsweredHonestlyAndTheApplicationRecoversWithin10Seconds() throws Exception {
        String cluster = localClusterVersion();
        ApplicationProcess running = runningApplication();
        String key = issueKey("ymere", "Herstarttest");
        String password = "herstart-" + Long.toString(System.nanoTime(), 36);
        String username = "herstart" + Long.toString(System.nanoTime() % 100_000, 36);
        try (Connection db = openOwner()) {
            insertReturningId(
                    db,
                    "insert into user_account (username, display_name, password_hash, role, organisation_id,"
                            + " enabled, created_at)"
                            + " values (?, 'Herstarttest', ?, 'CORPORATION_STAFF', ?, true, now())",
                    username,
                    PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password),
                    organisationIds.get("ymere"));
        }
        Map<String, String> form = formFields(regionId("E"), regionId("GE06"));
        UserSession user = UserSession.login(running, username, password);
        String csrf = user.csrfToken("/dwellings/new");
        String dutchTitle = messages().getProperty("error.503.title");
        String run =
                "PG" + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

        Queue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(Kind.values().length);
        for (Kind kind : Kind.values()) {
            load.execute(() -> {
                while (!stop.get()) {
                    samples.add(request(kind, running, key, user, csrf, form, run + "-" + counter.incrementAndGet()));
                }
            });
        }
        long stopIssued = 0;
        long down = 0;
        long startIssued = 0;
        long accepting = 0;
        try {
            awaitCondition(
                    "every kind of request succeeds before the restart",
                    Duration.ofSeconds(30),
                    () -> java.util.Arrays.stream(Kind.values())
                            .allMatch(kind -> samples.stream()
                                            .filter(s -> s.kind() == kind && s.success())
                                            .count()
                                    >= 3));
            stopIssued = System.nanoTime();
            try {
                pgCtlCluster(cluster, "stop");
                down = System.nanoTime();
                long downAt = down;
                // hold the server down until every kind of request has had its answer in the gap (at most 10 s)
                awaitCondition(
                        "every kind of request is answered while PostgreSQL is down",
                        Duration.ofSeconds(10),
                        () -> java.util.Arrays.stream(Kind.values())
                                .allMatch(kind ->
                                        samples.stream().anyMatch(s -> s.kind() == kind && s.start() >= downAt)));
            } finally {
                startIssued = System.nanoTime();
                pgCtlCluster(cluster, "start");
                awaitCondition("PostgreSQL accepts connections again", Duration.ofSeconds(30), () -> {
                    try (Connection probe = openOwner()) {
                        return probe.isValid(1);
                    } catch (SQLException e) {
                        return false;
                    }
                });
                accepting = System.nanoTime();
            }
            long watchUntil =
                    accepting + RECOVERY.toNanos() + Duration.ofSeconds(3).toNanos();
            awaitCondition(
                    "the load ran for 13 s after the restart",
                    Duration.ofSeconds(20),
                    () -> System.nanoTime() >= watchUntil);
        } finally {
            stop.set(true);
            load.shutdown();
            assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        long gapStart = stopIssued;
        long gapEnd = accepting;
        List<Sample> all = List.copyOf(samples);
        List<Sample> inGap = all.stream()
                .filter(s -> s.start() >= gapStart && s.start() < gapEnd)
                .toList();
        long gapSuccesses = inGap.stream().filter(Sample::success).count();
        long gapUnavailable =
                inGap.stream().filter(s -> s.unavailable(dutchTitle)).count();
        List<String> dishonest = all.stream()
                .filter(s -> !s.success() && !s.unavailable(dutchTitle))
                .map(Sample::describe)
                .toList();
        List<String> hangs = all.stream()
                .filter(s -> s.end() - s.start() > HANG.toNanos())
                .map(Sample::describe)
                .toList();
        long downAt = down;
        long startAt = startIssued;
        List<String> healthLies = all.stream()
                .filter(s -> s.kind() == Kind.HEALTH && s.start() >= downAt && s.end() <= startAt && s.success())
                .map(Sample::describe)
                .toList();
        long lastFailureEnd = all.stream()
                .filter(s -> !s.success())
                .mapToLong(Sample::end)
                .max()
                .orElse(gapEnd);
        double normalAfter = Math.max(0, lastFailureEnd - gapEnd) / 1e9;
        double firstSuccess = all.stream()
                        .filter(s -> s.success() && s.end() >= gapEnd)
                        .mapToLong(Sample::end)
                        .min()
                        .orElse(Long.MAX_VALUE)
                - gapEnd;
        firstSuccess /= 1e9;
        long settled = gapEnd + RECOVERY.toNanos();
        List<Kind> notServedAfterRecovery = java.util.Arrays.stream(Kind.values())
                .filter(kind -> all.stream().noneMatch(s -> s.kind() == kind && s.start() >= settled && s.success()))
                .toList();
        List<String> lostWrites = lostWrites(all);
        Map<String, Long> gapAnswers = new java.util.TreeMap<>();
        inGap.forEach(s -> gapAnswers.merge(
                s.kind() + "=" + (s.success() ? "ok" : s.unavailable(dutchTitle) ? "503" : "other " + s.status()),
                1L,
                Long::sum));
        long slowestInGap =
                inGap.stream().mapToLong(s -> s.end() - s.start()).max().orElse(0);

        System.out.printf(
                "TRUST postgres-restart: %d requests from %d threads (API writes and reads, page reads and form"
                        + " posts as a logged-in user, health); PostgreSQL stopped in %.1f s, held down %.1f s, started"
                        + " and accepting after %.1f s: gap %.1f s; %d requests in the gap: %d real successes, %d"
                        + " honest 503s (%s), %d other answers, slowest %.1f s; health DOWN in the gap, %d false UP;"
                        + " %d dishonest answers and %d hangs over %.0f s in all; first success %.2f s after PostgreSQL"
                        + " accepted connections, all normal after %.2f s, without restarting the application; %d"
                        + " confirmed writes, %d not stored%n",
                all.size(),
                Kind.values().length,
                (down - stopIssued) / 1e9,
                (startIssued - down) / 1e9,
                (accepting - startIssued) / 1e9,
                (gapEnd - gapStart) / 1e9,
                inGap.size(),
                gapSuccesses,
                gapUnavailable,
                gapAnswers,
                inGap.size() - gapSuccesses - gapUnavailable,
                slowestInGap / 1e9,
                healthLies.size(),
                dishonest.size(),
                hangs.size(),
                (all.stream().mapToLong(Sample::end).max().orElse(0)
                                - all.stream().mapToLong(Sample::start).min().orElse(0))
                        / 1e9,
                firstSuccess,
                normalAfter,
                all.stream().filter(s -> s.success() && s.id() != null).count(),
                lostWrites.size());

        assertThat(dishonest)
                .as("answers that are neither a real success nor an honest 503")
                .isEmpty();
        assertThat(hangs).as("requests that took longer than %s", HANG).isEmpty();
        assertThat(lostWrites).as("writes confirmed but not stored").isEmpty();
        assertThat(healthLies)
                .as("health reported UP while PostgreSQL was down")
                .isEmpty();
        for (Kind kind : Kind.values()) {
            assertThat(inGap.stream().filter(s -> s.kind() == kind).anyMatch(s -> s.unavailable(dutchTitle)))
                    .as("%s said 503 during the gap: %s", kind, gapAnswers)
                    .isTrue();
        }
        assertThat(normalAfter)
                .as("seconds until the application served normally again")
                .isLessThan(RECOVERY.toSeconds());
        assertThat(notServedAfterRecovery)
                .as("kinds of request without success 10 s after")
                .isEmpty();
    }

    private static Sample request(
            Kind kind,
            ApplicationProcess target,
            String key,
            UserSession user,
            String csrf,
            Map<String, String> form,
            String reference) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = switch (kind) {
                case API_WRITE ->
                    send(
                            target,
                            "POST",
                            "/api/v1/dwellings",
                            key,
                            dwellingJson(reference, "600.00"),
                            Duration.ofSeconds(10));
                case API_READ -> send(target, "GET", "/api/v1/dwellings?size=20", key, null, Duration.ofSeconds(10));
                case PAGE_READ -> user.get("/dwellings");
                case FORM_WRITE -> {
                    Map<String, String> fields = new java.util.LinkedHashMap<>(form);
                    fields.put("ownReference", reference);
                    fields.put("_csrf", csrf);
                    yield user.post("/dwellings", fields);
                }
                case HEALTH ->
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(target.baseUrl() + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            };
            Long id = null;
            String location = response.headers().firstValue("Location").orElse("");
            java.util.regex.Matcher created = java.util.regex.Pattern.compile("/(?:api/v1/)?dwellings/(\\d+)$")
                    .matcher(location);
            if (created.find()) {
                id = Long.parseLong(created.group(1));
            }
            boolean writes = kind == Kind.API_WRITE || kind == Kind.FORM_WRITE;
            return new Sample(
                    kind,
                    start,
                    System.nanoTime(),
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().map().toString(),
                    response.body(),
                    "",
                    writes ? reference : null,
                    id);
        } catch (IOException e) {
            return new Sample(kind, start, System.nanoTime(), 0, "", "", "", e.toString(), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(kind, start, System.nanoTime(), 0, "", "", "", e.toString(), null, null);
        }
    }

    /** Confirmed writes (201, or a redirect to the new vacancy) that are not in the database as sent. */
    private static List<String> lostWrites(List<Sample> samples) throws SQLException {
        List<String> lost = new ArrayList<>();
        try (Connection db = openOwner();
                PreparedStatement statement = db.prepareStatement("select own_reference from dwelling where id = ?")) {
            for (Sample sample : samples) {
                if (sample.success() && sample.id() != null) {
                    statement.setLong(1, sample.id());
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next() || !row.getString(1).equals(sample.reference())) {
                            lost.add(sample.describe());
                        }
                    }
                }
            }
        }
        return lost;
    }

    /**
     * The version of the local cluster that serves the test database, or a failure saying why this test cannot
     * restart the server (the test database is elsewhere, or there is no pg_ctlcluster).
     */
    private static String localClusterVersion() {
        URI server = URI.create(owner.url().substring("jdbc:".length()));
        boolean local = ("127.0.0.1".equals(server.getHost()) || "localhost".equals(server.getHost()))
                && (server.getPort() == 5432 || server.getPort() == -1);
        Path clusters = Path.of("/etc/postgresql");
        if (!local || !Files.isDirectory(clusters) || !Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"))) {
            fail("The PostgreSQL restart test restarts the local server at 127.0.0.1:5432 with pg_ctlcluster, but the"
                    + " test database is " + server.getHost() + ":" + server.getPort()
                    + (System.getenv("TEST_DB_URL") != null ? " (from TEST_DB_URL)" : "")
                    + ", a server this test cannot restart; unset TEST_DB_URL to run it on the local server.");
        }
        try (Stream<Path> versions = Files.list(clusters)) {
            return versions.filter(version -> Files.isDirectory(version.resolve("main")))
                    .map(version -> version.getFileName().toString())
                    .max(java.util.Comparator.comparingInt(Integer::parseInt))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL cluster 'main' in " + clusters));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stops ({@code -m fast}: ends the sessions, as a restart does) or starts the local cluster; waits for it. */
    private static void pgCtlCluster(String version, String action) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action));
        if (action.equals("stop")) {
            command.addAll(List.of("-m", "fast"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended || process.exitValue() != 0) {
            throw new IllegalStateException("pg_ctlcluster " + version + " main " + action + " failed: " + output);
        }
    }

    private static void awaitCondition(String what, Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout + " waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    private static long regionId(String code) throws SQLException {
        try (Connection db = openOwner();
                PreparedStatement statement = db.prepareStatement("select id from geo_unit where code = ?")) {
            statement.setString(1, code);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Map<String, String> formFields(long districtId, long areaId) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("street", "Bos en Lommerweg");
        fields.put("houseNumber", "112");
        fields.put("postcode", "1055 DT");
        fields.put("city", "Amsterdam");
        fields.put("districtId", Long.toString(districtId));
        fields.put("areaId", Long.toString(areaId));
        fields.put("rent", "612,50");
        fields.put("rooms", "2");
        fields.put("livingArea", "54");
        fields.put("floor", "2");
        fields.put("availableFrom", TestDates.soonIso());
        fields.put("version", "0");
        return fields;
    }

    private static java.util.Properties messages() throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = CrashIntegrationTests.class.getResourceAsStream("/messages.properties")) {
            properties.load(
                    new java.io.InputStreamReader(java.util.Objects.requireNonNull(in), StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** A logged-in browser on loopback: cookies kept, redirects not followed, every request with a timeout. */
    static final class UserSession {

        private static final java.util.regex.Pattern CSRF =
                java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        private final ApplicationProcess target;

        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        private UserSession(ApplicationProcess target) {
            this.target = target;
        }

        static UserSession login(ApplicationProcess target, String username, String password)
                throws IOException, InterruptedException {
            UserSession session = new UserSession(target);
            String token = session.csrfToken("/login");
            HttpResponse<String> response =
                    session.post("/login", Map.of("username", username, "password", password, "_csrf", token));
            String location = response.headers().firstValue("Location").orElse("");
            assertThat(response.statusCode())
                    .as("login of %s: %s", username, location)
                    .isEqualTo(302);
            assertThat(location).as("login of %s", username).doesNotContain("/login");
            return session;
        }

        String csrfToken(String page) throws IOException, InterruptedException {
            java.util.regex.Matcher matcher = CSRF.matcher(get(page).body());
            assertThat(matcher.find()).as("a CSRF token on %s", page).isTrue();
            return matcher.group(1);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                            .timeout(Duration.ofSeconds(10))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String body = fields.entrySet().stream()
                    .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                            .timeout(Duration.ofSeconds(10))
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
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
        return send(target, method, path, key, json, Duration.ofSeconds(60));
    }

    static HttpResponse<String> send(
            ApplicationProcess target, String method, String path, String key, @Nullable String json, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                .timeout(timeout)
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
