package nl.matchpunt.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.matchpunt.MatchpuntApplication;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application refuses to start without BSN keys of its own, with one line that says which and what to do. */
@ExtendWith(OutputCaptureExtension.class)
class BsnKeyCheckTests {

    private static final String DEMO_KEY = "LQuyVZ/eCuHtlVGXydGVHx+iAqfM//IDVkx/iGCbTaQ=";

    private static final String DEMO_INDEX_KEY = "MoE8AQ5vAUAgEr0xSSNkKHCV/TYDRxGNKmdW79eFcbE=";

    private static final String KEY = "q6p0m4x3Xq9vUj6rB1sKc3o8Q0e2y5tW7nZ9hD4fG1I=";

    private static final String INDEX_KEY = "c3VwZXItc2VjcmV0LWluZGV4LWtleS0zMi1ieXRlcyE=";

    @Test
    void onThePostgresProfileTheApplicationDoesNotStartWithoutKeysAndSaysSoInOneLine(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.profiles.active=postgres")).isInstanceOf(BsnKeyException.class);
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("MATCHPUNT_BSN_ENCRYPTION_KEY is not set")
                .contains("openssl rand -base64 32")
                .doesNotContain("\tat ")
                .doesNotContain("HikariPool")
                .as("stopped before the database was touched")
                .doesNotContain("Flyway");
    }

    @Test
    void onThePostgresProfileTheDemoKeysAreRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start(
                        "--spring.profiles.active=postgres",
                        "--matchpunt.clients.bsn.encryption-key=demo:" + DEMO_KEY,
                        "--matchpunt.clients.bsn.index-key=" + INDEX_KEY))
                .isInstanceOf(BsnKeyException.class);
        assertThat(output)
                .contains("MATCHPUNT_BSN_ENCRYPTION_KEY is the public demo key")
                .doesNotContain(DEMO_KEY)
                .doesNotContain("\tat ");
    }

    @Test
    void everyRefusalIsOneLineNamingTheVariableWithoutTheKey() {
        refused(() -> BsnKeys.parse("", "", INDEX_KEY, false), "MATCHPUNT_BSN_ENCRYPTION_KEY is not set");
        refused(() -> BsnKeys.parse("k1:" + KEY, "", " ", false), "MATCHPUNT_BSN_INDEX_KEY is not set");
        refused(() -> BsnKeys.parse(KEY, "", INDEX_KEY, false), "MATCHPUNT_BSN_ENCRYPTION_KEY must be <key id>:");
        refused(() -> BsnKeys.parse("k 1:" + KEY, "", INDEX_KEY, false), "MATCHPUNT_BSN_ENCRYPTION_KEY must be");
        refused(() -> BsnKeys.parse("k1:c2hvcnQ=", "", INDEX_KEY, false), "of 5 bytes where 32 are needed");
        refused(() -> BsnKeys.parse("k1:" + KEY, "", "not base64!", false), "MATCHPUNT_BSN_INDEX_KEY holds a key");
        refused(() -> BsnKeys.parse("demo:" + DEMO_KEY, "", INDEX_KEY, false), "is the public demo key");
        refused(() -> BsnKeys.parse("k1:" + KEY, "", DEMO_INDEX_KEY, false), "MATCHPUNT_BSN_INDEX_KEY is the public");
        refused(() -> BsnKeys.parse("k1:" + KEY, "", KEY, false), "MATCHPUNT_BSN_INDEX_KEY is also an encryption key");
        refused(() -> BsnKeys.parse("k1:" + KEY, "old:" + INDEX_KEY, INDEX_KEY, false), "is also an encryption key");
        refused(
                () -> BsnKeys.parse("k1:" + KEY, "k0:" + DEMO_KEY + ",k0:" + DEMO_KEY, INDEX_KEY, false),
                "MATCHPUNT_BSN_OLD_ENCRYPTION_KEYS names key id 'k0' twice");
        refused(() -> BsnKeys.parse("k1:" + KEY, "k1:" + DEMO_KEY, INDEX_KEY, false), "names key id 'k1' twice");
    }

    @Test
    void ownKeysAreAcceptedAndTheDemoKeyOnlyAsAnOldKeyToRotateAwayFrom() {
        BsnKeys keys = BsnKeys.parse(
                " k2:" + KEY + "\n",
                "legacy:" + DEMO_KEY + ", k1:" + DEMO_INDEX_KEY.replace('M', 'N'),
                INDEX_KEY,
                false);
        assertThat(keys.currentKeyId()).isEqualTo("k2");
        assertThat(keys.encryptionKeys()).containsOnlyKeys("k2", "legacy", "k1");
        assertThat(BsnKeys.parse("demo:" + DEMO_KEY, "", DEMO_INDEX_KEY, true).currentKeyId())
                .as("the default (demo) profile")
                .isEqualTo("demo");
    }

    @Test
    void theFailureReportIsTheOneLineAndWhereToLook() {
        BsnKeyException refusal = new BsnKeyException("MATCHPUNT_BSN_INDEX_KEY is not set: the application needs it");
        FailureAnalysis analysis =
                new BsnKeyFailureAnalyzer().analyze(new IllegalStateException("wrapped", refusal), refusal);
        assertThat(analysis.getDescription()).isEqualTo(refusal.getMessage());
        assertThat(analysis.getAction()).contains("README").contains("Running on PostgreSQL");
    }

    private static void refused(ThrowingCallable parse, String message) {
        assertThatThrownBy(parse)
                .isInstanceOf(BsnKeyException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining(KEY)
                .hasMessageNotContaining(DEMO_KEY)
                .hasMessageNotContaining(INDEX_KEY)
                .hasMessageNotContaining("\n");
    }

    private static void start(String... args) {
        SpringApplication application = new SpringApplication(MatchpuntApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(args).close();
    }
}
