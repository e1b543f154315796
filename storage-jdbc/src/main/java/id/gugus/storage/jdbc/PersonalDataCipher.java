package id.gugus.storage.jdbc;

import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.error.GugusException;
import id.gugus.error.StorageException;
import id.gugus.json.GugusJson;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * How the store turns personal data into what it keeps, with the JDK's own cryptography only.
 *
 * <p>With a {@link PersonalDataKeyRing}, a person's whole personal data (name, NIK, contacts,
 * address, identity documents) is sealed together under the ring's current keys with AES/GCM/NoPadding: a fresh random 12-byte IV per
 * row, a 128-bit tag, and as associated data everything that makes the row the current one of
 * its person: the key id, the case id, the person's role, position and id, and the version of
 * the case it was written with. A sealed value copied onto another person's row, relabelled
 * with another key id, or written back over a later version of the same row (an older seal
 * replayed) fails to open instead of turning up as genuine. The stored text is base64 of
 * {@code format byte | IV | ciphertext and tag}. Identity keys are hashed with HMAC-SHA256 under
 * the current HMAC key. Rows name their key id, and are opened with that key of the ring.
 * Without keys nothing is sealed and identity keys are hashed with plain SHA-256: the personal
 * data is then in plain text beside them anyway.
 *
 * <p>A keyed cipher refuses a row in plain text and a seal of {@link #LEGACY_FORMAT} (written
 * before seals were bound to a version, so replayable): either is what someone who can write to
 * the database but holds no key could put there. Only the one-time sealing of an older database
 * ({@link JdbcBackend#rewritePersonalData}) opens them, through {@link #sealingOldRows()}.
 *
 * <p>A value that cannot be opened (unknown key, wrong key, changed or moved bytes, plain or
 * legacy where refused) is a {@link StorageException} that names the key id and the case, never
 * any of the data. Instances are immutable and thread-safe.
 */
final class PersonalDataCipher {
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final String HMAC = "HmacSHA256";
    /** Seals bound to the person's id and the case version. */
    static final byte FORMAT = 2;
    /** Seals bound to case, role and position only (before issue #16): refused but by the one-time sealing. */
    static final byte LEGACY_FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** The fields of a seal written before personal data was structured: name, NIK, contact, address. */
    private static final int OLDER_FIELDS = 4;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    /** Keeps personal data in plain text and hashes identity keys with plain SHA-256: a store without keys. */
    static final PersonalDataCipher PLAIN = new PersonalDataCipher(null, false);

    /** Seals with its current keys, opens with any of them; null: plain text, plain SHA-256. */
    private final PersonalDataKeyRing ring;
    /** Whether plain rows and legacy seals are opened: only while an older database is sealed once. */
    private final boolean sealingOldRows;

    private PersonalDataCipher(PersonalDataKeyRing ring, boolean sealingOldRows) {
        this.ring = ring;
        this.sealingOldRows = sealingOldRows;
    }

    /** Seals under the ring's current keys, opens under any of its keys; null: keeps personal data in plain text. */
    static PersonalDataCipher of(PersonalDataKeyRing ring) {
        return ring == null ? PLAIN : new PersonalDataCipher(ring, false);
    }

    /** {@link #of(PersonalDataKeyRing)} for a ring of one; null: plain text. */
    static PersonalDataCipher of(PersonalDataKeys keys) {
        return of(keys == null ? null : PersonalDataKeyRing.of(keys));
    }

    /**
     * This cipher, also opening rows in plain text and seals of the legacy format: for the
     * one-time sealing of a database written before keys were set or before seals were bound to
     * a version, and for nothing else.
     */
    PersonalDataCipher sealingOldRows() {
        return new PersonalDataCipher(ring, true);
    }

    boolean seals() {
        return ring != null;
    }

    /** The id of the keys this cipher seals and hashes with; null without keys. */
    String keyId() {
        return ring == null ? null : ring.current().keyId();
    }

    /** The ids of every key this cipher opens with, the current one first; empty without keys. */
    List<String> keyIds() {
        return ring == null ? List.of() : ring.all().stream().map(PersonalDataKeys::keyId).toList();
    }

    /**
     * The person whose row a sealed value belongs to, and the version of the case the row was
     * written with: what the associated data binds it to.
     *
     * @param personId the victim's or suspect's id, from the case itself
     */
    record Owner(String caseId, String role, int seq, String personId, long caseVersion) {}

    /** Base64 of format, IV and ciphertext of the person's data; only with keys. */
    String seal(PersonalData personal, Owner owner) {
        if (ring == null) {
            throw new IllegalStateException("no personal-data keys to seal with");
        }
        PersonalDataKeys current = ring.current();
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher aes = Cipher.getInstance(AES_GCM);
            aes.init(Cipher.ENCRYPT_MODE, current.aesKeySpec(), new GCMParameterSpec(TAG_BITS, iv));
            aes.updateAAD(associatedData(FORMAT, current.keyId(), owner));
            byte[] sealed = aes.doFinal(encode(personal));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(FORMAT).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new StorageException("cannot seal personal data of case " + owner.caseId() + " with key " + current.keyId(), e);
        }
    }

    /** The person's data from a sealed value; a {@link StorageException} if it cannot be opened. */
    PersonalData open(String sealed, String keyId, Owner owner) {
        PersonalDataKeys keys = keyId == null || ring == null ? null : ring.find(keyId).orElse(null);
        if (keys == null) {
            throw new StorageException("personal data of case " + owner.caseId() + " is sealed with key " + keyId + ", but "
                    + (ring == null ? "this store has no personal-data keys" : "this store has key " + describeRing()));
        }
        int format = format(sealed);
        if (format == LEGACY_FORMAT && !sealingOldRows) {
            throw new StorageException("personal data of case " + owner.caseId() + " is sealed with key " + keyId
                    + " in the format of before seals were bound to the case version, which this store no longer reads:"
                    + " run JdbcBackend.rewritePersonalData() once to seal it again");
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
            if (in.remaining() < 1 + IV_BYTES + TAG_BITS / 8 || (format != FORMAT && format != LEGACY_FORMAT)) {
                throw new GeneralSecurityException("not a sealed value of a known format");
            }
            in.get();
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            Cipher aes = Cipher.getInstance(AES_GCM);
            aes.init(Cipher.DECRYPT_MODE, keys.aesKeySpec(), new GCMParameterSpec(TAG_BITS, iv));
            aes.updateAAD(associatedData(format, keyId, owner));
            byte[] plain = aes.doFinal(in.array(), in.position(), in.remaining());
            return decode(plain);
        } catch (GeneralSecurityException | IllegalArgumentException | BufferUnderflowException | GugusException e) {
            // Deliberately without the cause's message: a failed decode could echo the data.
            throw new StorageException("cannot open the personal data of case " + owner.caseId() + " sealed with key " + keyId
                    + ": wrong key, or the stored value was changed, moved or written back from an earlier version ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Personal data kept in plain columns, as this cipher accepts it: always without keys; with
     * keys only while {@link #sealingOldRows() sealing old rows}, since a keyed store writes none.
     */
    PersonalData plain(PersonalData columns, Owner owner) {
        if (ring != null && !sealingOldRows) {
            throw new StorageException("personal data of case " + owner.caseId() + " is in plain text, but this store seals"
                    + " every row under key " + keyId() + ": a plain row was not written by it. If the database holds rows"
                    + " from before its keys were set, run JdbcBackend.rewritePersonalData() once to seal them");
        }
        return columns;
    }

    /** Whether a stored row is as this cipher writes it: sealed under the current key in the current format, or plain without keys. */
    boolean isCurrent(String sealed, String keyId) {
        if (ring == null) {
            return sealed == null;
        }
        return sealed != null && ring.current().keyId().equals(keyId) && format(sealed) == FORMAT;
    }

    /** The format byte of a sealed value, from its first base64 characters; -1 if there is none. */
    static int format(String sealed) {
        try {
            return sealed.length() < 4 ? -1 : Base64.getDecoder().decode(sealed.substring(0, 4))[0];
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private String describeRing() {
        return ring.current().keyId() + (ring.older().isEmpty() ? ""
                : " (and older " + ring.older().stream().map(PersonalDataKeys::keyId).toList() + ")");
    }

    /** Lower-case hex of the HMAC-SHA256 of the identity key under the HMAC key, or of its SHA-256 without keys. */
    String hash(String identityKey) {
        return hash(identityKey, ring == null ? null : ring.current());
    }

    /** The hash of the identity key under every key of the ring, by key id: how a look-up finds rows not yet re-hashed. */
    Map<String, String> hashesByKey(String identityKey) {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (ring != null) {
            ring.all().forEach(k -> hashes.put(k.keyId(), hash(identityKey, k)));
        }
        return hashes;
    }

    private static String hash(String identityKey, PersonalDataKeys keys) {
        byte[] text = identityKey.getBytes(StandardCharsets.UTF_8);
        try {
            if (keys == null) {
                return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text));
            }
            Mac mac = Mac.getInstance(HMAC);
            mac.init(keys.hmacKeySpec());
            return HEX.formatHex(mac.doFinal(text));
        } catch (GeneralSecurityException e) {
            throw new StorageException("cannot hash a victim identity key", e);
        }
    }

    static byte[] associatedData(int format, String keyId, Owner owner) {
        List<String> parts = format == LEGACY_FORMAT
                ? List.of("gugus personal_data v1", keyId, owner.caseId(), owner.role(), Integer.toString(owner.seq()))
                : List.of("gugus personal_data v" + format, keyId, owner.caseId(), owner.role(), Integer.toString(owner.seq()),
                        owner.personId(), Long.toString(owner.caseVersion()));
        return String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The seal's plain text: length-prefixed UTF-16 fields (-1: absent). Since issue #15 step 2
     * one field, the JSON of the whole structured value ({@link GugusJson#writeWithPersonalData});
     * before, four: name, NIK, contact, address. The field count tells them apart, and is as
     * authenticated as the rest, so the format byte and the associated data stay as they were and
     * older seals open unchanged. UTF-16 is exact for any Java string; the model refuses unpaired
     * surrogates anyway, so the JSON in it is too.
     */
    static byte[] encode(PersonalData p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            String json = GugusJson.writeWithPersonalData(p);
            out.writeInt(json.length());
            out.writeChars(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    static PersonalData decode(byte[] plain) {
        ByteBuffer in = ByteBuffer.wrap(plain);
        List<String> fields = new ArrayList<>(OLDER_FIELDS);
        while (in.hasRemaining()) {
            if (fields.size() == OLDER_FIELDS) {
                throw new IllegalArgumentException("trailing bytes in sealed personal data");
            }
            int length = in.getInt();
            if (length < -1 || length > in.remaining() / 2) {
                throw new IllegalArgumentException("bad field length in sealed personal data");
            }
            String field = null;
            if (length >= 0) {
                char[] chars = new char[length];
                in.asCharBuffer().get(chars);
                in.position(in.position() + 2 * length);
                field = new String(chars);
            }
            fields.add(field);
        }
        if (fields.size() == 1 && fields.get(0) != null) {
            return GugusJson.read(fields.get(0), PersonalData.class);
        }
        if (fields.size() != OLDER_FIELDS) {
            throw new IllegalArgumentException("sealed personal data of " + fields.size() + " fields");
        }
        return PersonalData.of(fields.get(0), fields.get(1) == null ? null : Nik.of(fields.get(1)), fields.get(2), fields.get(3));
    }

    @Override
    public String toString() {
        return "PersonalDataCipher[keyId=" + keyId() + ", opens " + keyIds() + (sealingOldRows ? ", sealing old rows" : "") + "]";
    }
}
