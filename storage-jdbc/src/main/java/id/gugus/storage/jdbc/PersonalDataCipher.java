package id.gugus.storage.jdbc;

import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.error.GugusException;
import id.gugus.error.StorageException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * How the store turns personal data into what it keeps, with the JDK's own cryptography only.
 *
 * <p>With {@link PersonalDataKeys}, a person's name, NIK, contact and address are sealed
 * together with AES/GCM/NoPadding: a fresh random 12-byte IV per row, a 128-bit tag, and as
 * associated data the key id, case id, owner role and position of the row, so that a sealed
 * value copied onto another person's row, or relabelled with another key id, fails to open
 * instead of turning up in the wrong place. The stored text is base64 of
 * {@code format byte | IV | ciphertext and tag}. Identity keys are hashed with HMAC-SHA256
 * under the separate HMAC key. Without keys nothing is sealed and identity keys are hashed with
 * plain SHA-256: the personal data is then in plain text beside them anyway.
 *
 * <p>A value that cannot be opened (unknown key, wrong key, changed bytes) is a
 * {@link StorageException} that names the key id and the case, never any of the data. Instances
 * are immutable and thread-safe.
 */
final class PersonalDataCipher {
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final String HMAC = "HmacSHA256";
    private static final byte FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int FIELDS = 4;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    /** Keeps personal data in plain text and hashes identity keys with plain SHA-256: a store without keys. */
    static final PersonalDataCipher PLAIN = new PersonalDataCipher(null, Map.of());

    /** Seals and hashes with these; null: plain text, plain SHA-256. */
    private final PersonalDataKeys current;
    /** Opens rows sealed under these, by key id (the current keys among them). */
    private final Map<String, PersonalDataKeys> opening;

    private PersonalDataCipher(PersonalDataKeys current, Map<String, PersonalDataKeys> opening) {
        this.current = current;
        this.opening = Map.copyOf(opening);
    }

    /** Seals under {@code keys}; null: keeps personal data in plain text. */
    static PersonalDataCipher of(PersonalDataKeys keys) {
        return keys == null ? PLAIN : new PersonalDataCipher(keys, Map.of(keys.keyId(), keys));
    }

    /** This cipher, also able to open rows sealed under {@code other} (while keys are rotated). */
    PersonalDataCipher alsoOpening(PersonalDataKeys other) {
        Map<String, PersonalDataKeys> more = new LinkedHashMap<>(opening);
        more.putIfAbsent(other.keyId(), other);
        return new PersonalDataCipher(current, more);
    }

    boolean seals() {
        return current != null;
    }

    /** The id of the keys this cipher seals and hashes with; null without keys. */
    String keyId() {
        return current == null ? null : current.keyId();
    }

    /** The person whose row a sealed value belongs to: what the associated data binds it to. */
    record Owner(String caseId, String role, int seq) {}

    /** Base64 of format, IV and ciphertext of the person's data; only with keys. */
    String seal(PersonalData personal, Owner owner) {
        if (current == null) {
            throw new IllegalStateException("no personal-data keys to seal with");
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher aes = Cipher.getInstance(AES_GCM);
            aes.init(Cipher.ENCRYPT_MODE, current.aesKeySpec(), new GCMParameterSpec(TAG_BITS, iv));
            aes.updateAAD(associatedData(current.keyId(), owner));
            byte[] sealed = aes.doFinal(encode(personal));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(FORMAT).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new StorageException("cannot seal personal data of case " + owner.caseId() + " with key " + current.keyId(), e);
        }
    }

    /** The person's data from a sealed value; a {@link StorageException} if it cannot be opened. */
    PersonalData open(String sealed, String keyId, Owner owner) {
        PersonalDataKeys keys = keyId == null ? null : opening.get(keyId); // the schema forbids a seal without a key id
        if (keys == null) {
            throw new StorageException("personal data of case " + owner.caseId() + " is sealed with key " + keyId + ", but "
                    + (current == null ? "this store has no personal-data keys" : "this store has key " + current.keyId()));
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
            if (in.remaining() < 1 + IV_BYTES + TAG_BITS / 8 || in.get() != FORMAT) {
                throw new GeneralSecurityException("not a sealed value of format " + FORMAT);
            }
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            Cipher aes = Cipher.getInstance(AES_GCM);
            aes.init(Cipher.DECRYPT_MODE, keys.aesKeySpec(), new GCMParameterSpec(TAG_BITS, iv));
            aes.updateAAD(associatedData(keyId, owner));
            byte[] plain = aes.doFinal(in.array(), in.position(), in.remaining());
            return decode(plain);
        } catch (GeneralSecurityException | IllegalArgumentException | BufferUnderflowException | GugusException e) {
            // Deliberately without the cause's message: a failed decode could echo the data.
            throw new StorageException("cannot open the personal data of case " + owner.caseId() + " sealed with key " + keyId
                    + ": wrong key, or the stored value was changed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Lower-case hex of the HMAC-SHA256 of the identity key under the HMAC key, or of its SHA-256 without keys. */
    String hash(String identityKey) {
        byte[] text = identityKey.getBytes(StandardCharsets.UTF_8);
        try {
            if (current == null) {
                return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text));
            }
            Mac mac = Mac.getInstance(HMAC);
            mac.init(current.hmacKeySpec());
            return HEX.formatHex(mac.doFinal(text));
        } catch (GeneralSecurityException e) {
            throw new StorageException("cannot hash a victim identity key", e);
        }
    }

    private static byte[] associatedData(String keyId, Owner owner) {
        return String.join("\u0000", "gugus personal_data v" + FORMAT, keyId, owner.caseId(), owner.role(),
                Integer.toString(owner.seq())).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The four fields as UTF-16 with a length each (-1: absent): exact for any Java string, even
     * one with an unpaired surrogate, which UTF-8 would replace.
     */
    static byte[] encode(PersonalData p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String field : new String[] {p.name(), p.nik() == null ? null : p.nik().value(), p.contact(), p.address()}) {
                if (field == null) {
                    out.writeInt(-1);
                } else {
                    out.writeInt(field.length());
                    out.writeChars(field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    static PersonalData decode(byte[] plain) {
        ByteBuffer in = ByteBuffer.wrap(plain);
        String[] fields = new String[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            int length = in.getInt();
            if (length < -1 || length > in.remaining() / 2) {
                throw new IllegalArgumentException("bad field length in sealed personal data");
            }
            if (length >= 0) {
                char[] chars = new char[length];
                in.asCharBuffer().get(chars);
                in.position(in.position() + 2 * length);
                fields[i] = new String(chars);
            }
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("trailing bytes in sealed personal data");
        }
        return new PersonalData(fields[0], fields[1] == null ? null : Nik.of(fields[1]), fields[2], fields[3]);
    }

    @Override
    public String toString() {
        return "PersonalDataCipher[keyId=" + keyId() + ", opens " + opening.keySet() + "]";
    }
}
