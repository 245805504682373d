package nl.matchpunt.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as a separate JVM, as in production: started with the test's own class path on profile
 * {@code postgres}, on a free loopback port, against the given database (migrations as its owner, the application
 * as the ordinary role {@code matchpunt_app}); its output goes to a log file under {@code target}.
 */
final class ApplicationProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** BSN keys for this test run, the same for every start (a restarted application reads what it wrote). */
    private static final String BSN_ENCRYPTION_KEY = randomKey();

    private static final String BSN_INDEX_KEY = randomKey();

    private final Process process;

    private final int port;

    private final Path log;

    private ApplicationProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application and waits until it is ready for traffic (at most {@code timeout}). */
    static ApplicationProcess start(String jdbcUrl, String owner, String ownerPassword, String name, Duration timeout) {
        int port = freePort();
        Path log = Path.of("target", "crash-" + name + ".log").toAbsolutePath();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "nl.matchpunt.MatchpuntApplication",
                "--spring.profiles.active=postgres",
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + nl.matchpunt.support.TestDatabase.APPLICATION_ROLE,
                "--spring.datasource.password=" + nl.matchpunt.support.TestDatabase.APPLICATION_ROLE,
                "--spring.flyway.user=" + owner,
                "--spring.flyway.password=" + ownerPassword,
                "--matchpunt.demo=false");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // as in production: keys of its own from the environment (the postgres profile refuses to start without)
            builder.environment().put("MATCHPUNT_BSN_ENCRYPTION_KEY", "test:" + BSN_ENCRYPTION_KEY);
            builder.environment().put("MATCHPUNT_BSN_INDEX_KEY", BSN_INDEX_KEY);
            Process process = builder.start();
            ApplicationProcess application = new ApplicationProcess(process, port, log);
            application.awaitReady(timeout);
            return application;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no graceful close of the pool; returns once the process is gone. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the application process " + process.pid() + " did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application ended with exit code " + process.exitValue() + " while starting:\n" + tail());
            }
            try {
                if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application was not ready within " + timeout + ":\n" + tail());
    }

    /** The last lines of the application's log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
