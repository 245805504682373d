package nl.matchpunt.clients.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps BSNs encrypted at rest: AES-256-GCM with a random nonce per value, under the key from
 * {@code matchpunt.clients.bsn-key} (32 bytes, Base64), and a blind index (HMAC-SHA256 under a key derived from
 * the same secret) so that a BSN can be looked up without decrypting every row. Never logs a BSN.
 */
@Component
public class BsnProtector {

    private static final String PREFIX = "v1:";

    private static final int NONCE_BYTES = 12;

    private static final int TAG_BITS = 128;

    private final SecretKey encryptionKey;

    private final SecretKey indexKey;

    private final SecureRandom random = new SecureRandom();

    public BsnProtector(@Value("${matchpunt.clients.bsn-key}") String base64Key) {
        byte[] key = Base64.getDecoder().decode(base64Key.strip());
        if (key.length != 32) {
            throw new IllegalStateException("matchpunt.clients.bsn-key must be 32 bytes, Base64-encoded");
        }
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.indexKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "blind-index"), "HmacSHA256");
    }

    /** The BSN encrypted, as text for a varchar column. */
    public String encrypt(String bsn) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(bsn.getBytes(StandardCharsets.US_ASCII));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN encryption failed", e);
        }
    }

    /** The BSN from its encrypted form; fails loudly on a wrong key or a changed value. */
    public String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("unknown BSN encryption format");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN decryption failed", e);
        }
    }

    /** A keyed hash of the BSN: equal BSNs give equal indexes, but the index does not reveal the BSN. */
    public String blindIndex(String bsn) {
        return HexFormat.of().formatHex(hmac(indexKey, bsn));
    }

    private static byte[] hmac(SecretKey key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
