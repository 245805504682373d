package nl.matchpunt.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.matchpunt.clients.internal.BsnProtector;
import org.junit.jupiter.api.Test;

class BsnProtectorTests {

    private final BsnProtector protector = new BsnProtector("LQuyVZ/eCuHtlVGXydGVHx+iAqfM//IDVkx/iGCbTaQ=");

    @Test
    void encryptsSoThatTheBsnIsNotVisibleAndDecryptsBack() {
        String sealed = protector.encrypt("123456782");
        assertThat(sealed).doesNotContain("123456782").startsWith("v1:");
        assertThat(protector.encrypt("123456782")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(protector.decrypt(sealed)).isEqualTo("123456782");
    }

    @Test
    void theBlindIndexIsStableButDoesNotRevealTheBsn() {
        assertThat(protector.blindIndex("123456782"))
                .isEqualTo(protector.blindIndex("123456782"))
                .isNotEqualTo(protector.blindIndex("111222333"))
                .doesNotContain("123456782");
    }

    @Test
    void anotherKeyCannotDecrypt() {
        BsnProtector other = new BsnProtector("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        String sealed = protector.encrypt("123456782");
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> new BsnProtector("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
