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
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Duplicate victims and NIK look-ups in SQL, on the hashes in {@code victim_identity} (written
 * with each case by {@link CaseRows}): never by reading, let alone decrypting, personal data.
 *
 * <p>Hashes are comparable only under one key. A NIK look-up hashes the NIK under every key of
 * the ring, so it finds the rows of a rotation not yet finished too. The duplicate report
 * compares hashes with each other, so it needs them all under the current key. Rows hashed under
 * a key the store does not hold, or without a key on a keyed store (encryption switched on
 * without the one-time rewrite), would silently drop out of the answers: both reads refuse then,
 * with a {@link StorageException} that says what to run.
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
        return duplicates(dsl, cipher, JurisdictionCode.NATIONAL);
    }

    /**
     * {@link #duplicates(DSLContext, PersonalDataCipher)} among the cases registered in
     * {@code within}'s subtree: both the shared hashes and the victims listed are taken from
     * those cases only (a range on {@code registered_in}), so nothing outside is read.
     */
    static List<DuplicateVictims> duplicates(DSLContext dsl, PersonalDataCipher cipher, JurisdictionCode within) {
        requireHashesUnder(dsl, cipher, cipher.keyId() == null ? List.of() : List.of(cipher.keyId()),
                "; a rotation of keys is unfinished: run JdbcBackend.rotatePersonalDataKeys again with the current keys"
                        + " so that the duplicate report compares every victim");
        Table<Record> shared = VICTIM_IDENTITY.as("shared");
        Table<Record> sharedCase = CASE.as("shared_case");
        var sharedHashes = DSL.select(shared.field(VICTIM_IDENTITY.KEY_HASH))
                .from(shared)
                .join(sharedCase).on(sharedCase.field(CASE.ID).eq(shared.field(VICTIM_IDENTITY.CASE_ID)))
                .where(hashedBy(shared, cipher))
                .and(JdbcJurisdictionStorage.inSubtree(sharedCase.field(CASE.REGISTERED_IN), within))
                .groupBy(shared.field(VICTIM_IDENTITY.KEY_HASH))
                .having(DSL.countDistinct(shared.field(VICTIM_IDENTITY.CASE_ID)).gt(1));
        Map<String, List<Record>> byHash = new LinkedHashMap<>();
        dsl.select(VICTIM_IDENTITY.KEY_HASH, VICTIM_IDENTITY.REASON, VICTIM_IDENTITY.CASE_ID, VICTIM_IDENTITY.VICTIM_ID,
                        CASE.CASE_NUMBER, CASE.REGISTERED_IN)
                .from(VICTIM_IDENTITY)
                .join(CASE).on(CASE.ID.eq(VICTIM_IDENTITY.CASE_ID))
                .where(hashedBy(VICTIM_IDENTITY, cipher))
                .and(VICTIM_IDENTITY.KEY_HASH.in(sharedHashes))
                .and(JdbcJurisdictionStorage.inSubtree(CASE.REGISTERED_IN, within))
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
        requireHashesUnder(dsl, cipher, cipher.keyIds(), "");
        String identityKey = VictimIdentity.nikKey(nik);
        Condition hashed;
        if (cipher.keyId() == null) {
            hashed = VICTIM_IDENTITY.HASH_KEY_ID.isNull().and(VICTIM_IDENTITY.KEY_HASH.eq(cipher.hash(identityKey)));
        } else {
            // One index probe per key of the ring: rows not yet re-hashed by a rotation are found too.
            hashed = DSL.or(cipher.hashesByKey(identityKey).entrySet().stream()
                    .map(e -> VICTIM_IDENTITY.HASH_KEY_ID.eq(e.getKey()).and(VICTIM_IDENTITY.KEY_HASH.eq(e.getValue())))
                    .toList());
        }
        return CASE.ID.in(DSL.select(VICTIM_IDENTITY.CASE_ID)
                .from(VICTIM_IDENTITY)
                .where(hashed)
                .and(VICTIM_IDENTITY.REASON.eq(DuplicateReason.SAME_NIK.name())));
    }

    /** Rows hashed the way {@code cipher} hashes now: under its current key, or plainly when it has none. */
    private static Condition hashedBy(Table<Record> table, PersonalDataCipher cipher) {
        var keyId = table.field(VICTIM_IDENTITY.HASH_KEY_ID);
        return cipher.keyId() == null ? keyId.isNull() : keyId.eq(cipher.keyId());
    }

    /**
     * Refuses when any identity is hashed otherwise than under one of {@code keyIds} (none: without
     * a key). Index probes only, whatever the size of the table, on the leading column of
     * {@code ix_victim_identity_hash}: whether any row has no key id (on a keyed store), and
     * whether any lies in one of the gaps between the allowed key ids.
     */
    private static void requireHashesUnder(DSLContext dsl, PersonalDataCipher cipher, List<String> keyIds, String advice) {
        var keyId = VICTIM_IDENTITY.HASH_KEY_ID;
        boolean unkeyed;
        String other;
        if (keyIds.isEmpty()) {
            unkeyed = false; // a store without keys hashes without one: any key id is the odd one out
            other = dsl.select(DSL.max(keyId)).from(VICTIM_IDENTITY).fetchSingle().value1();
        } else {
            unkeyed = dsl.fetchExists(DSL.selectOne().from(VICTIM_IDENTITY).where(keyId.isNull()));
            other = unkeyed ? null : outside(dsl, keyIds);
        }
        if (!unkeyed && other == null) {
            return;
        }
        boolean rotating = other != null && cipher.keyIds().contains(other);
        throw new StorageException("victim identities are hashed " + how(other) + ", but this store hashes "
                + how(cipher.keyId()) + (rotating ? advice
                        : ": run JdbcBackend.rewritePersonalData() (or rotatePersonalDataKeys) so that duplicate and NIK"
                                + " look-ups see every case"));
    }

    /** A key id of some identity that is none of {@code allowed}, by one probe per gap between them; null if none. */
    private static String outside(DSLContext dsl, List<String> allowed) {
        var keyId = VICTIM_IDENTITY.HASH_KEY_ID;
        List<String> sorted = allowed.stream().sorted().toList();
        List<Condition> gaps = new ArrayList<>();
        gaps.add(keyId.lt(sorted.get(0)));
        for (int i = 1; i < sorted.size(); i++) {
            gaps.add(keyId.gt(sorted.get(i - 1)).and(keyId.lt(sorted.get(i))));
        }
        gaps.add(keyId.gt(sorted.get(sorted.size() - 1)));
        for (Condition gap : gaps) {
            String other = dsl.select(keyId).from(VICTIM_IDENTITY).where(gap).limit(1).fetchOne(keyId);
            if (other != null) {
                return other;
            }
        }
        return null;
    }

    private static String how(String keyId) {
        return keyId == null ? "without a key" : "under key " + keyId;
    }
}
