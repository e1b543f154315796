package id.gugus.storage.jdbc;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys a {@link JdbcBackend} protects personal data with (docs/privacy-and-security.md): an AES key that
 * encrypts victims' and suspects' names, NIK, contact and address at rest, and a separate HMAC
 * key under which the store hashes victims' identity keys for duplicate and NIK look-ups. The
 * application supplies them, from its secret store, through
 * {@link JdbcStoreConfig#withPersonalDataKeys}; the database never sees them.
 *
 * <p>The key id is stored beside every encrypted row, so that a row sealed under another key is
 * reported as such rather than as damaged data, and so that {@link JdbcBackend#rotatePersonalDataKeys}
 * can tell which rows it has done. It is not secret: a short name such as {@code 2026-03}.
 *
 * <p>{@link #toString()} shows the key id only, never key material; {@link #aesKey()} and
 * {@link #hmacKey()} return copies, for an application that {@link #generate generated} keys
 * and must now keep them.
 */
public final class PersonalDataKeys {
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,40}");
    private static final int HMAC_MIN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keyId;
    private final byte[] aesKey;
    private final byte[] hmacKey;

    private PersonalDataKeys(String keyId, byte[] aesKey, byte[] hmacKey) {
        this.keyId = keyId;
        this.aesKey = aesKey;
        this.hmacKey = hmacKey;
    }

    /**
     * Keys from raw bytes (copied).
     *
     * @param keyId 1 to 40 letters, digits or {@code . _ : -}
     * @param aesKey 16, 24 or 32 bytes (AES-128, -192, -256)
     * @param hmacKey at least 32 bytes, different from the AES key
     */
    public static PersonalDataKeys of(String keyId, byte[] aesKey, byte[] hmacKey) {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(aesKey, "aesKey");
        Objects.requireNonNull(hmacKey, "hmacKey");
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("a personal-data key id is 1 to 40 letters, digits or . _ : - (the id is stored in every sealed row)");
        }
        if (aesKey.length != 16 && aesKey.length != 24 && aesKey.length != 32) {
            throw new IllegalArgumentException("the AES key of personal-data keys " + keyId + " must be 16, 24 or 32 bytes, was "
                    + aesKey.length);
        }
        if (hmacKey.length < HMAC_MIN_BYTES) {
            throw new IllegalArgumentException("the HMAC key of personal-data keys " + keyId + " must be at least "
                    + HMAC_MIN_BYTES + " bytes, was " + hmacKey.length);
        }
        if (MessageDigest.isEqual(aesKey, hmacKey)) {
            throw new IllegalArgumentException("personal-data keys " + keyId + " use one key for AES and HMAC: use two");
        }
        return new PersonalDataKeys(keyId, aesKey.clone(), hmacKey.clone());
    }

    /** New random keys (AES-256 and a 32-byte HMAC key) from a {@link SecureRandom}; keep them, or the data is lost. */
    public static PersonalDataKeys generate(String keyId) {
        byte[] aes = new byte[32];
        byte[] hmac = new byte[32];
        RANDOM.nextBytes(aes);
        RANDOM.nextBytes(hmac);
        return of(keyId, aes, hmac);
    }

    public String keyId() {
        return keyId;
    }

    /** A copy of the AES key. */
    public byte[] aesKey() {
        return aesKey.clone();
    }

    /** A copy of the HMAC key. */
    public byte[] hmacKey() {
        return hmacKey.clone();
    }

    SecretKeySpec aesKeySpec() {
        return new SecretKeySpec(aesKey, "AES");
    }

    SecretKeySpec hmacKeySpec() {
        return new SecretKeySpec(hmacKey, "HmacSHA256");
    }

    /** Same key id and same key material (compared in constant time). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalDataKeys other && keyId.equals(other.keyId)
                && MessageDigest.isEqual(aesKey, other.aesKey) && MessageDigest.isEqual(hmacKey, other.hmacKey);
    }

    /** From the key id only: a hash code must not leak key material. */
    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "PersonalDataKeys[keyId=" + keyId + ", key material redacted]";
    }
}
