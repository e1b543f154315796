package id.gugus.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM, one JSON line at a time: {@code base64(nonce || ciphertext+tag)}, with the part and
 * the line number as associated data, so that a line moved to another place (or another part)
 * fails to open. Sealing each line, not the whole stream, keeps memory flat: the JDK's GCM
 * decryption of a stream holds all of it until the tag is checked. Not thread-safe.
 */
final class LineSeal {
    static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final Cipher cipher;

    LineSeal(SecretKey key) {
        this.key = key;
        try {
            this.cipher = Cipher.getInstance(CIPHER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + CIPHER, e);
        }
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    String seal(String text, String where) {
        byte[] nonce = randomBytes(NONCE_BYTES);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(where.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal with " + CIPHER, e);
        }
    }

    /**
     * The text sealed at {@code where}.
     *
     * @throws AEADBadTagException if the key is another, or the line was changed or moved
     */
    String open(String line, String where) throws AEADBadTagException {
        byte[] in;
        try {
            in = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            throw new AEADBadTagException("not base64");
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new AEADBadTagException("too short");
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(where.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open with " + CIPHER, e);
        }
    }
}
