package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;
import static id.gugus.storage.jdbc.Tables.VICTIM_IDENTITY;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Under which keys the personal data of a database is (see {@link JdbcBackend#personalDataStatus}):
 * what an operator checks before dropping an old key from the ring, and after a rotation that
 * failed half-way.
 *
 * @param currentKeyId the key the backend seals and hashes with; null without keys
 * @param sealedRows personal-data rows sealed in the current format, by key id
 * @param legacySealedRows rows sealed in the legacy format (before seals were bound to the case
 *     version), which a keyed backend refuses until {@link JdbcBackend#rewritePersonalData()}
 * @param plainRows rows in plain text
 * @param hashedIdentities victim identities hashed with HMAC, by key id
 * @param plainIdentities victim identities hashed without a key
 */
public record PersonalDataStatus(String currentKeyId, ImmutableMap<String, Long> sealedRows, long legacySealedRows,
        long plainRows, ImmutableMap<String, Long> hashedIdentities, long plainIdentities) {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public PersonalDataStatus {
        sealedRows = ImmutableMap.copyOf(Objects.requireNonNull(sealedRows, "sealedRows"));
        hashedIdentities = ImmutableMap.copyOf(Objects.requireNonNull(hashedIdentities, "hashedIdentities"));
    }

    /**
     * Whether every row is as the backend writes it now: all sealed and hashed under the current
     * key in the current format, or, without keys, all in plain text. Then no older key is needed.
     */
    public boolean isSettled() {
        if (currentKeyId == null) {
            return sealedRows.isEmpty() && legacySealedRows == 0 && hashedIdentities.isEmpty();
        }
        return plainRows == 0 && legacySealedRows == 0 && plainIdentities == 0
                && sealedRows.keySet().stream().allMatch(currentKeyId::equals)
                && hashedIdentities.keySet().stream().allMatch(currentKeyId::equals);
    }

    /** The ids of every key some row is sealed or hashed under: the keys the ring must keep. */
    public ImmutableSet<String> keysInUse() {
        return ImmutableSet.<String>builder().addAll(sealedRows.keySet()).addAll(hashedIdentities.keySet()).build();
    }

    /**
     * Counts in two grouped reads: personal-data rows by key id and by the first two characters of
     * the seal (they carry the format byte), and identities by key id.
     */
    static PersonalDataStatus count(DSLContext dsl, PersonalDataCipher cipher) {
        Map<String, Long> sealed = new TreeMap<>();
        long[] legacyAndPlain = new long[2];
        // Inlined: with bind values, the grouped and the selected expression would differ to the database.
        var head = DSL.substring(PERSONAL_DATA.SEALED, DSL.inline(1), DSL.inline(2));
        dsl.select(PERSONAL_DATA.KEY_ID, head, DSL.count()).from(PERSONAL_DATA).groupBy(PERSONAL_DATA.KEY_ID, head)
                .forEach(r -> {
                    long rows = r.value3();
                    if (r.value1() == null) {
                        legacyAndPlain[1] += rows;
                    } else if (formatOf(r.value2()) == PersonalDataCipher.FORMAT) {
                        sealed.merge(r.value1(), rows, Long::sum);
                    } else {
                        legacyAndPlain[0] += rows;
                    }
                });
        Map<String, Long> hashed = new TreeMap<>();
        long[] plainIdentities = new long[1];
        dsl.select(VICTIM_IDENTITY.HASH_KEY_ID, DSL.count()).from(VICTIM_IDENTITY).groupBy(VICTIM_IDENTITY.HASH_KEY_ID)
                .forEach(r -> {
                    if (r.value1() == null) {
                        plainIdentities[0] += r.value2();
                    } else {
                        hashed.put(r.value1(), (long) r.value2());
                    }
                });
        return new PersonalDataStatus(cipher.keyId(), ImmutableMap.copyOf(sealed), legacyAndPlain[0], legacyAndPlain[1],
                ImmutableMap.copyOf(hashed), plainIdentities[0]);
    }

    /** The format byte from the first two base64 characters of a seal (6 bits and 2 bits of it); -1 if unreadable. */
    static int formatOf(String head) {
        if (head == null || head.length() < 2) {
            return -1;
        }
        int first = BASE64.indexOf(head.charAt(0));
        int second = BASE64.indexOf(head.charAt(1));
        return first < 0 || second < 0 ? -1 : (first << 2) | (second >> 4);
    }

    @Override
    public String toString() {
        return "PersonalDataStatus[current key " + currentKeyId + ": sealed rows " + sealedRows + ", legacy seals "
                + legacySealedRows + ", plain rows " + plainRows + ", identities " + hashedIdentities + ", unkeyed identities "
                + plainIdentities + (isSettled() ? ", settled]" : ", NOT settled]");
    }
}
