package nl.matchpunt.clients.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.AesGcmBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Keeps BSNs encrypted at rest and findable: AES-256-GCM with a random 96-bit nonce per value, by Spring Security
 * Crypto's {@link AesGcmBytesEncryptor} (nonce, then ciphertext and tag), under the keys of {@link BsnKeys}; and a
 * blind index, HMAC-SHA256 under a key of its own, so that a BSN can be looked up without decrypting every row.
 * Never logs a BSN.
 *
 * <p>A stored value is {@code v2:<key id>:<Base64>}, so that the key can be rotated: new values use the current key,
 * a value is decrypted with the key its id names. Values stored before key ids ({@code v1:<Base64>}, the same bytes)
 * are read with the key of id {@value BsnKeys#LEGACY_KEY_ID}.
 */
@Component
public class BsnProtector {

    private static final String LEGACY_PREFIX = "v1:";

    private static final String PREFIX = "v2:";

    /** 96 bits, the nonce length GCM is specified for (and the one of the v1 values). */
    private static final int NONCE_BYTES = 12;

    private final String currentKeyId;

    private final Map<String, BytesEncryptor> encryptors = new LinkedHashMap<>();

    private final SecretKey indexKey;

    @Autowired
    BsnProtector(
            @Value("${matchpunt.clients.bsn.encryption-key:}") String encryptionKey,
            @Value("${matchpunt.clients.bsn.old-encryption-keys:}") String oldEncryptionKeys,
            @Value("${matchpunt.clients.bsn.index-key:}") String indexKey,
            @Value("${matchpunt.clients.bsn.demo-keys-allowed:false}") boolean demoKeysAllowed) {
        this(BsnKeys.parse(encryptionKey, oldEncryptionKeys, indexKey, demoKeysAllowed));
    }

    public BsnProtector(BsnKeys keys) {
        this.currentKeyId = keys.currentKeyId();
        keys.encryptionKeys()
                .forEach((id, key) -> encryptors.put(
                        id,
                        AesGcmBytesEncryptor.withSecretKey(key)
                                .ivGenerator(KeyGenerators.secureRandom(NONCE_BYTES))
                                .build()));
        this.indexKey = keys.indexKey();
    }

    /** The BSN encrypted with the current key, as text for a varchar column. */
    public String encrypt(String bsn) {
        byte[] sealed = encryptors.get(currentKeyId).encrypt(bsn.getBytes(StandardCharsets.US_ASCII));
        return PREFIX + currentKeyId + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /** The BSN from its encrypted form; fails loudly on an unknown key id, a wrong key or a changed value. */
    public String decrypt(String stored) {
        String keyId = keyId(stored);
        BytesEncryptor encryptor = encryptors.get(keyId);
        if (encryptor == null) {
            throw new IllegalStateException("no BSN key with id '" + keyId + "' is configured ("
                    + BsnKeys.ENCRYPTION_KEY + ", " + BsnKeys.OLD_ENCRYPTION_KEYS + ")");
        }
        int start =
                stored.startsWith(LEGACY_PREFIX) ? LEGACY_PREFIX.length() : stored.indexOf(':', PREFIX.length()) + 1;
        byte[] bytes = Base64.getDecoder().decode(stored.substring(start));
        try {
            return new String(encryptor.decrypt(bytes), StandardCharsets.US_ASCII);
        } catch (IllegalStateException e) {
            // Spring Security Crypto wraps the cipher's AEADBadTagException; say which key failed, not the value
            throw new IllegalStateException("BSN decryption with key '" + keyId + "' failed", e);
        }
    }

    /** The id of the key {@code stored} was encrypted with ({@value BsnKeys#LEGACY_KEY_ID} for the v1 format). */
    public String keyId(String stored) {
        if (stored.startsWith(LEGACY_PREFIX)) {
            return BsnKeys.LEGACY_KEY_ID;
        }
        int end = stored.indexOf(':', PREFIX.length());
        if (!stored.startsWith(PREFIX) || end < 0) {
            throw new IllegalArgumentException("unknown BSN encryption format");
        }
        return stored.substring(PREFIX.length(), end);
    }

    /** True when {@code stored} is in the current format under the current key, so rotation can leave it. */
    public boolean isCurrent(String stored) {
        return stored.startsWith(PREFIX) && keyId(stored).equals(currentKeyId);
    }

    /** A keyed hash of the BSN: equal BSNs give equal indexes, but the index does not reveal the BSN. */
    public String blindIndex(String bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(bsn.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
