package nl.matchpunt.clients.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect BSNs, as configured, checked before anything is encrypted:
 *
 * <ul>
 *   <li>the current encryption key, {@code <key id>:<32 bytes in Base64>} ({@code MATCHPUNT_BSN_ENCRYPTION_KEY}),
 *       with which every new BSN is encrypted; the id is stored with each ciphertext;
 *   <li>old encryption keys, the same form separated by commas ({@code MATCHPUNT_BSN_OLD_ENCRYPTION_KEYS}), which
 *       only decrypt, until {@code rotate-bsn-key} has re-encrypted their BSNs; the id {@value #LEGACY_KEY_ID} reads
 *       the BSNs stored before ciphertexts carried a key id;
 *   <li>the blind-index key, 32 bytes in Base64 ({@code MATCHPUNT_BSN_INDEX_KEY}), a key of its own: knowing it does
 *       not decrypt a BSN, and knowing an encryption key does not compute the index.
 * </ul>
 *
 * <p>The demo keys are in the source code and the jar (application-default.properties), so they protect nothing:
 * unless {@code matchpunt.clients.bsn.demo-keys-allowed} is set — which only the default (H2 demo) profile does — they
 * are refused as current encryption key and as index key. They are recognised by their SHA-256 fingerprints, so that
 * this class holds no key. A demo key may still be an old key: that is how a database that was run on the demo key
 * is rotated away from it.
 *
 * <p>Every refusal is a {@link BsnKeyException} whose message is one line that names the environment variable and
 * never contains the key.
 */
public final class BsnKeys {

    /** The key id of the BSNs stored before ciphertexts carried one (format {@code v1:}). */
    public static final String LEGACY_KEY_ID = "legacy";

    static final String ENCRYPTION_KEY = "MATCHPUNT_BSN_ENCRYPTION_KEY";

    static final String OLD_ENCRYPTION_KEYS = "MATCHPUNT_BSN_OLD_ENCRYPTION_KEYS";

    static final String INDEX_KEY = "MATCHPUNT_BSN_INDEX_KEY";

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private static final int KEY_BYTES = 32;

    /** SHA-256 of the demo encryption key and of the demo index key (see application-default.properties). */
    private static final Set<String> DEMO_KEY_FINGERPRINTS = Set.of(
            "251723859b8ad8c19cd626b5930e23d95322279a524fd22584b2b0412ccbe4dc",
            "4c61a35da771436f22c4f425022584a95650ceedc658487501b273e227f01113");

    private final String currentKeyId;

    private final Map<String, SecretKey> encryptionKeys;

    private final SecretKey indexKey;

    private BsnKeys(String currentKeyId, Map<String, SecretKey> encryptionKeys, SecretKey indexKey) {
        this.currentKeyId = currentKeyId;
        this.encryptionKeys = Collections.unmodifiableMap(encryptionKeys);
        this.indexKey = indexKey;
    }

    /**
     * The keys from their configured text; throws {@link BsnKeyException} when one is missing, malformed, a demo key
     * where demo keys are not allowed, or used twice.
     */
    public static BsnKeys parse(
            String encryptionKey, String oldEncryptionKeys, String indexKey, boolean demoKeysAllowed) {
        if (encryptionKey.isBlank()) {
            throw new BsnKeyException(ENCRYPTION_KEY + " is not set: the application needs the key that encrypts "
                    + "BSNs, as <key id>:<32 bytes in Base64>, e.g. k1:$(openssl rand -base64 32)");
        }
        if (indexKey.isBlank()) {
            throw new BsnKeyException(INDEX_KEY + " is not set: the application needs the key of the BSN search "
                    + "index, 32 bytes in Base64 (openssl rand -base64 32), not the encryption key");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String[] current = idAndKey(encryptionKey, ENCRYPTION_KEY);
        SecretKey currentKey = aesKey(current[1], ENCRYPTION_KEY);
        if (!demoKeysAllowed && isDemoKey(currentKey)) {
            throw new BsnKeyException(ENCRYPTION_KEY + " is the public demo key from the source code; generate a key "
                    + "of your own (openssl rand -base64 32) and rotate to it with rotate-bsn-key");
        }
        keys.put(current[0], currentKey);
        for (String entry : oldEncryptionKeys.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] old = idAndKey(entry, OLD_ENCRYPTION_KEYS);
            if (keys.containsKey(old[0])) {
                throw new BsnKeyException(OLD_ENCRYPTION_KEYS + " names key id '" + old[0]
                        + "' twice (or as the current key): every key needs an id of its own");
            }
            keys.put(old[0], aesKey(old[1], OLD_ENCRYPTION_KEYS));
        }
        byte[] index = decode(indexKey, INDEX_KEY);
        if (!demoKeysAllowed && isDemoKey(index)) {
            throw new BsnKeyException(INDEX_KEY + " is the public demo key from the source code; generate a key of "
                    + "your own (openssl rand -base64 32) and recompute the index with rotate-bsn-key");
        }
        for (SecretKey key : keys.values()) {
            if (MessageDigest.isEqual(key.getEncoded(), index)) {
                throw new BsnKeyException(INDEX_KEY + " is also an encryption key; the search index needs a key of "
                        + "its own (openssl rand -base64 32)");
            }
        }
        return new BsnKeys(current[0], keys, new SecretKeySpec(index, "HmacSHA256"));
    }

    /** The id of the key that encrypts new BSNs. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** Every encryption key by its id, the current one first. */
    Map<String, SecretKey> encryptionKeys() {
        return encryptionKeys;
    }

    SecretKey indexKey() {
        return indexKey;
    }

    private static String[] idAndKey(String entry, String variable) {
        String trimmed = entry.strip();
        int colon = trimmed.indexOf(':');
        String id = colon < 0 ? "" : trimmed.substring(0, colon);
        if (!KEY_ID.matcher(id).matches()) {
            throw new BsnKeyException(variable + " must be <key id>:<32 bytes in Base64>, the id 1 to 32 letters, "
                    + "digits, '-' or '_', e.g. k1:$(openssl rand -base64 32)");
        }
        return new String[] {id, trimmed.substring(colon + 1)};
    }

    private static SecretKey aesKey(String base64, String variable) {
        return new SecretKeySpec(decode(base64, variable), "AES");
    }

    private static byte[] decode(String base64, String variable) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new BsnKeyException(
                    variable + " holds a key that is not Base64; generate one with " + "openssl rand -base64 32");
        }
        if (key.length != KEY_BYTES) {
            throw new BsnKeyException(variable + " holds a key of " + key.length + " bytes where 32 are needed; "
                    + "generate one with openssl rand -base64 32");
        }
        return key;
    }

    private static boolean isDemoKey(SecretKey key) {
        return isDemoKey(key.getEncoded());
    }

    private static boolean isDemoKey(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return DEMO_KEY_FINGERPRINTS.contains(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
