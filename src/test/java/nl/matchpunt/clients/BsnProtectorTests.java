package nl.matchpunt.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.matchpunt.clients.internal.BsnKeys;
import nl.matchpunt.clients.internal.BsnProtector;
import org.junit.jupiter.api.Test;

class BsnProtectorTests {

    static final String DEMO_KEY = "LQuyVZ/eCuHtlVGXydGVHx+iAqfM//IDVkx/iGCbTaQ=";

    static final String DEMO_INDEX_KEY = "MoE8AQ5vAUAgEr0xSSNkKHCV/TYDRxGNKmdW79eFcbE=";

    static final String KEY_A = "q6p0m4x3Xq9vUj6rB1sKc3o8Q0e2y5tW7nZ9hD4fG1I=";

    static final String KEY_B = "Zk3b9Qw1R2t5Y7u8I0o3P6a9S2d4F6g8H1j3K5l7M9A=";

    static final String INDEX_KEY = "c3VwZXItc2VjcmV0LWluZGV4LWtleS0zMi1ieXRlcyE=";

    /** 123456782 as the demo database stored it before ciphertexts carried a key id, and its search index then. */
    static final String LEGACY_DEMO_VALUE = "v1:jEZOmisoXcZzv3F1bTs4eHrv/V2MaWICnKqYq1ynP6tOjPBtSA==";

    static final String LEGACY_DEMO_INDEX = "75c44f48a7a9805e39c46855950ccc4f006033122260a2ae99f16c06dda250ce";

    private final BsnProtector protector = protector("a:" + KEY_A, "", INDEX_KEY);

    static BsnProtector protector(String current, String old, String index) {
        return new BsnProtector(BsnKeys.parse(current, old, index, false));
    }

    @Test
    void encryptsSoThatTheBsnIsNotVisibleAndDecryptsBack() {
        String sealed = protector.encrypt("123456782");
        assertThat(sealed).doesNotContain("123456782").startsWith("v2:a:");
        assertThat(protector.encrypt("123456782")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(protector.decrypt(sealed)).isEqualTo("123456782");
        assertThat(protector.keyId(sealed)).isEqualTo("a");
        assertThat(protector.isCurrent(sealed)).isTrue();
    }

    @Test
    void theBlindIndexIsStableButDoesNotRevealTheBsnAndDoesNotDependOnTheEncryptionKey() {
        assertThat(protector.blindIndex("123456782"))
                .isEqualTo(protector.blindIndex("123456782"))
                .isNotEqualTo(protector.blindIndex("111222333"))
                .doesNotContain("123456782")
                .isEqualTo(protector("b:" + KEY_B, "", INDEX_KEY).blindIndex("123456782"));
        assertThat(protector("a:" + KEY_A, "", DEMO_INDEX_KEY.replace('M', 'N')).blindIndex("123456782"))
                .as("another index key, another index")
                .isNotEqualTo(protector.blindIndex("123456782"));
    }

    @Test
    void anotherKeyUnderTheSameIdCannotDecrypt() {
        BsnProtector other = protector("a:" + KEY_B, "", INDEX_KEY);
        String sealed = protector.encrypt("123456782");
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangedCiphertextIsRefused() {
        String sealed = protector.encrypt("123456782");
        int last = sealed.length() - 10;
        String changed =
                sealed.substring(0, last) + (sealed.charAt(last) == 'A' ? 'B' : 'A') + sealed.substring(last + 1);
        assertThatThrownBy(() -> protector.decrypt(changed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void decryptsWithTheKeyItsIdNamesAndEncryptsWithTheCurrentOne() {
        String underA = protector.encrypt("123456782");
        BsnProtector rotated = protector("b:" + KEY_B, "a:" + KEY_A, INDEX_KEY);
        assertThat(rotated.decrypt(underA)).isEqualTo("123456782");
        assertThat(rotated.isCurrent(underA)).isFalse();
        String underB = rotated.encrypt("123456782");
        assertThat(underB).startsWith("v2:b:");
        assertThat(rotated.isCurrent(underB)).isTrue();

        BsnProtector oldKeyRemoved = protector("b:" + KEY_B, "", INDEX_KEY);
        assertThat(oldKeyRemoved.decrypt(underB)).isEqualTo("123456782");
        assertThatThrownBy(() -> oldKeyRemoved.decrypt(underA))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'a'")
                .hasMessageNotContaining("123456782");
    }

    @Test
    void readsTheFormatWithoutKeyIdWithTheLegacyKeyAsTheDemoDatabaseStoredIt() {
        BsnProtector demo = new BsnProtector(
                BsnKeys.parse("demo:" + DEMO_KEY, BsnKeys.LEGACY_KEY_ID + ":" + DEMO_KEY, DEMO_INDEX_KEY, true));
        assertThat(demo.keyId(LEGACY_DEMO_VALUE)).isEqualTo(BsnKeys.LEGACY_KEY_ID);
        assertThat(demo.isCurrent(LEGACY_DEMO_VALUE)).isFalse();
        assertThat(demo.decrypt(LEGACY_DEMO_VALUE)).isEqualTo("123456782");
        assertThat(demo.blindIndex("123456782"))
                .as("the demo database's search index")
                .isEqualTo(LEGACY_DEMO_INDEX);
        assertThatThrownBy(() -> protector.decrypt(LEGACY_DEMO_VALUE))
                .as("without a legacy key the old format is not readable")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'legacy'");
    }

    @Test
    void refusesAnUnknownFormat() {
        assertThatThrownBy(() -> protector.decrypt("123456782")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> protector.decrypt("v2:nocolon")).isInstanceOf(IllegalArgumentException.class);
    }
}
