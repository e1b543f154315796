package id.gugus.exchange;

import com.google.common.base.Preconditions;
import java.security.GeneralSecurityException;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a backup does with personal data (names, NIK, contact, address of victims and suspects):
 * sealed with AES-256-GCM under a key the operator gives, as a raw 256-bit key or a passphrase
 * (the key then derived with PBKDF2WithHmacSHA256 and a random salt kept in the manifest), or
 * left out ({@link #withoutPersonalData()}: every case as its redacted copy).
 *
 * <p>The same value opens a backup again. It holds the secret, so {@link #toString()} shows only
 * the kind, and the operator should {@link #destroy()} it when done.
 */
public final class Sealing {
    /** PBKDF2 iterations for a passphrase: OWASP's 2023 recommendation for HMAC-SHA256. */
    static final int ITERATIONS = 600_000;
    static final String KDF_PASSPHRASE = "PBKDF2WithHmacSHA256";
    static final String KDF_RAW = "raw";

    private final char[] passphrase;
    private final byte[] key;

    private Sealing(char[] passphrase, byte[] key) {
        this.passphrase = passphrase;
        this.key = key;
    }

    /** Seals personal data under a key derived from {@code passphrase} (copied; at least 12 characters). */
    public static Sealing passphrase(char[] passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        Preconditions.checkArgument(passphrase.length >= 12, "a backup passphrase has at least 12 characters");
        return new Sealing(passphrase.clone(), null);
    }

    /** Seals personal data under a raw AES-256 key (32 bytes, copied), kept by the operator's key management. */
    public static Sealing key(byte[] key) {
        Objects.requireNonNull(key, "key");
        Preconditions.checkArgument(key.length == 32, "a backup key is 256 bits (32 bytes), not %s bytes", key.length);
        return new Sealing(null, key.clone());
    }

    /** Writes no personal data: every case as {@link id.gugus.cases.TraffickingCase#withoutPersonalData()}. */
    public static Sealing withoutPersonalData() {
        return new Sealing(null, null);
    }

    /** Whether a backup made with this holds personal data (sealed). */
    public boolean sealsPersonalData() {
        return passphrase != null || key != null;
    }

    /** The KDF named in the manifest: {@value #KDF_PASSPHRASE} or {@value #KDF_RAW}. */
    String kdf() {
        return passphrase != null ? KDF_PASSPHRASE : KDF_RAW;
    }

    /** The AES key for a backup sealed with {@code kdf}, {@code salt} and {@code iterations}. */
    SecretKey keyFor(String kdf, byte[] salt, int iterations) {
        Preconditions.checkState(sealsPersonalData(), "no key given");
        if (KDF_RAW.equals(kdf)) {
            // A passphrase cannot open a backup sealed with a raw key: the key check will say so.
            return new SecretKeySpec(key != null ? key : new byte[32], "AES");
        }
        if (passphrase == null) {
            return new SecretKeySpec(new byte[32], "AES");
        }
        try {
            KeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] derived = SecretKeyFactory.getInstance(KDF_PASSPHRASE).generateSecret(spec).getEncoded();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + KDF_PASSPHRASE, e);
        }
    }

    /** Overwrites the secret held here. */
    public void destroy() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return passphrase != null ? "Sealing[passphrase]" : key != null ? "Sealing[key]" : "Sealing[without personal data]";
    }
}
