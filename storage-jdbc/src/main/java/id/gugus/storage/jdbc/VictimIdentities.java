package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;
import static id.gugus.storage.jdbc.Tables.VICTIM_IDENTITY;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.DuplicateReason;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.VictimId;
import id.gugus.cases.VictimIdentity;
import id.gugus.cases.VictimInCase;
import id.gugus.error.StorageException;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Duplicate victims and NIK look-ups in SQL, on the hashes in {@code victim_identity} (written
 * with each case by {@link CaseRows}): never by reading, let alone decrypting, personal data.
 *
 * <p>Hashes are comparable only under one key. Rows hashed under another (a store that switched
 * encryption on, or changed keys, without rewriting its personal data) would silently drop out
 * of every answer, so both reads refuse with a {@link StorageException} that says what to run.
 */
final class VictimIdentities {
    private static final Comparator<DuplicateVictims> REPORT_ORDER = Comparator
            .comparing(DuplicateVictims::reason)
            .thenComparing(g -> g.victims().get(0));

    private VictimIdentities() {}

    /**
     * Every group of victims in two or more distinct cases sharing a hashed key, with the
     * victims of the group in {@link VictimInCase} order and the groups by reason, then first
     * victim: an order that does not depend on the hashes, so it survives a change of keys.
     */
    static List<DuplicateVictims> duplicates(DSLContext dsl, PersonalDataCipher cipher) {
        requireCurrentHashes(dsl, cipher);
        Table<Record> shared = VICTIM_IDENTITY.as("shared");
        var sharedHashes = DSL.select(shared.field(VICTIM_IDENTITY.KEY_HASH))
                .from(shared)
                .where(hashedBy(shared, cipher))
                .groupBy(shared.field(VICTIM_IDENTITY.KEY_HASH))
                .having(DSL.countDistinct(shared.field(VICTIM_IDENTITY.CASE_ID)).gt(1));
        Map<String, List<Record>> byHash = new LinkedHashMap<>();
        dsl.select(VICTIM_IDENTITY.KEY_HASH, VICTIM_IDENTITY.REASON, VICTIM_IDENTITY.CASE_ID, VICTIM_IDENTITY.VICTIM_ID,
                        CASE.CASE_NUMBER, CASE.REGISTERED_IN)
                .from(VICTIM_IDENTITY)
                .join(CASE).on(CASE.ID.eq(VICTIM_IDENTITY.CASE_ID))
                .where(hashedBy(VICTIM_IDENTITY, cipher))
                .and(VICTIM_IDENTITY.KEY_HASH.in(sharedHashes))
                .orderBy(VICTIM_IDENTITY.KEY_HASH)
                .forEach(r -> byHash.computeIfAbsent(r.get(VICTIM_IDENTITY.KEY_HASH), k -> new ArrayList<>()).add(r));
        List<DuplicateVictims> groups = new ArrayList<>(byHash.size());
        for (List<Record> rows : byHash.values()) {
            DuplicateReason reason = DuplicateReason.valueOf(rows.get(0).get(VICTIM_IDENTITY.REASON));
            ImmutableList<VictimInCase> victims = rows.stream()
                    .map(r -> new VictimInCase(CaseId.of(r.get(VICTIM_IDENTITY.CASE_ID)), CaseNumber.of(r.get(CASE.CASE_NUMBER)),
                            JurisdictionCode.of(r.get(CASE.REGISTERED_IN)), VictimId.of(r.get(VICTIM_IDENTITY.VICTIM_ID))))
                    .collect(ImmutableList.toImmutableList());
            groups.add(new DuplicateVictims(reason, victims, 0));
        }
        groups.sort(REPORT_ORDER);
        return groups;
    }

    /** The condition on {@code trafficking_case} that a case has a victim with the NIK. */
    static Condition caseHasVictimNik(DSLContext dsl, PersonalDataCipher cipher, Nik nik) {
        requireCurrentHashes(dsl, cipher);
        return CASE.ID.in(DSL.select(VICTIM_IDENTITY.CASE_ID)
                .from(VICTIM_IDENTITY)
                .where(hashedBy(VICTIM_IDENTITY, cipher))
                .and(VICTIM_IDENTITY.KEY_HASH.eq(cipher.hash(VictimIdentity.nikKey(nik))))
                .and(VICTIM_IDENTITY.REASON.eq(DuplicateReason.SAME_NIK.name())));
    }

    /** Rows hashed the way {@code cipher} hashes: under its key, or plainly when it has none. */
    private static Condition hashedBy(Table<Record> table, PersonalDataCipher cipher) {
        var keyId = table.field(VICTIM_IDENTITY.HASH_KEY_ID);
        return cipher.keyId() == null ? keyId.isNull() : keyId.eq(cipher.keyId());
    }

    /**
     * Refuses when any identity is hashed otherwise than {@code cipher} hashes. Two index probes,
     * whatever the size of the table: the least and greatest key id (MIN and MAX of the leading
     * column of {@code ix_victim_identity_hash}), and whether any row has none.
     */
    private static void requireCurrentHashes(DSLContext dsl, PersonalDataCipher cipher) {
        var keyId = VICTIM_IDENTITY.HASH_KEY_ID;
        Record2<String, String> range = dsl.select(DSL.min(keyId), DSL.max(keyId)).from(VICTIM_IDENTITY).fetchSingle();
        String least = range.value1();
        String greatest = range.value2();
        String mine = cipher.keyId();
        boolean stale;
        String other;
        if (mine == null) {
            stale = greatest != null;
            other = greatest;
        } else {
            // MIN and MAX skip NULLs: both null and no NULL row means an empty table.
            boolean unkeyed = dsl.fetchExists(DSL.selectOne().from(VICTIM_IDENTITY).where(keyId.isNull()));
            stale = unkeyed || least != null && !(mine.equals(least) && mine.equals(greatest));
            other = unkeyed ? null : mine.equals(least) ? greatest : least;
        }
        if (stale) {
            throw new StorageException("victim identities are hashed " + how(other) + ", but this store hashes "
                    + how(mine) + ": run JdbcBackend.rewritePersonalData() (or rotatePersonalDataKeys) so that"
                    + " duplicate and NIK look-ups see every case");
        }
    }

    private static String how(String keyId) {
        return keyId == null ? "without a key" : "under key " + keyId;
    }
}
