package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;
import static id.gugus.storage.jdbc.Tables.CASE_CONTROL_METHOD;
import static id.gugus.storage.jdbc.Tables.CASE_EXPLOITATION;
import static id.gugus.storage.jdbc.Tables.CASE_LABOUR_SECTOR;
import static id.gugus.storage.jdbc.Tables.CASE_RECRUITER_RELATION;
import static id.gugus.storage.jdbc.Tables.CASE_RESTITUTION;
import static id.gugus.storage.jdbc.Tables.CASE_VICTIM;
import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;
import static id.gugus.storage.jdbc.Tables.VICTIM_IDENTITY;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.AgeBand;
import id.gugus.cases.DuplicateReason;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Restitution;
import id.gugus.cases.Suspect;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimIdentity;
import id.gugus.error.GugusException;
import id.gugus.error.StorageException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.json.GugusJson;
import id.gugus.jurisdiction.Level;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;

/**
 * Maps a case to its rows and back. The aggregate, less the personal data of its victims and
 * suspects, is the JSON payload of {@code trafficking_case}; the personal data goes to
 * {@code personal_data} (one row per person who has any), in plain columns or sealed under the
 * personal-data keys ({@link PersonalDataCipher}; docs/privacy-and-security.md), and the hashes of the victims'
 * identity keys to {@code victim_identity}. Victims (with their trafficking status), their
 * exploitation types, control methods, labour sectors, recruiter relations and restitution are
 * also projected into their own tables for filters and statistics in SQL.
 */
final class CaseRows {
    static final String VICTIM = "VICTIM";
    static final String SUSPECT = "SUSPECT";

    private CaseRows() {}

    /** The columns of {@code trafficking_case} for the case, without id and version. */
    static Map<Field<?>, Object> caseColumns(TraffickingCase c, LocalDateTime nowUtc) {
        JurisdictionCode in = c.registeredIn();
        var destination = c.route().exploitation();
        Map<Field<?>, Object> columns = new java.util.LinkedHashMap<>();
        columns.put(CASE.CASE_NUMBER, c.number().value());
        columns.put(CASE.REGISTERED_IN, in.value());
        columns.put(CASE.REGISTERED_PROVINCE, ancestor(in, Level.PROVINCE));
        columns.put(CASE.REGISTERED_REGENCY, ancestor(in, Level.REGENCY));
        columns.put(CASE.REPORTED_ON, c.reportedOn());
        columns.put(CASE.STATUS, c.status().name());
        columns.put(CASE.DESTINATION_COUNTRY, destination == null ? null : destination.country().value());
        columns.put(CASE.HAS_CHILD_VICTIM, c.hasChildVictim());
        columns.put(CASE.VICTIM_COUNT, c.victims().size());
        columns.put(CASE.PERSONAL_COUNT, (int) (c.victims().stream().filter(v -> !v.personal().isEmpty()).count()
                + c.suspects().stream().filter(s -> !s.personal().isEmpty()).count()));
        columns.put(CASE.UPDATED_AT, nowUtc);
        columns.put(CASE.PAYLOAD, Payloads.write(c.withoutPersonalData()));
        // Written with the case, its personal-data rows carry this version; an update that leaves
        // them as they are keeps the older one (see rewrite).
        columns.put(CASE.PERSONAL_VERSION, c.version());
        return columns;
    }

    /**
     * Writes the victim, exploitation, control-method, labour-sector, recruiter-relation,
     * restitution, personal-data and victim-identity rows of the cases: one multi-row INSERT per
     * table for all of them (a few for very many rows: {@link RowBatch}), none for a table no case
     * has rows for. Each case's personal data is sealed as a single insert seals it.
     */
    static void insertChildren(DSLContext dsl, List<TraffickingCase> cases, PersonalDataCipher cipher) {
        RowBatch personal = personalDataRows();
        RowBatch identities = identityRows();
        for (TraffickingCase c : cases) {
            addPersonalData(personal, identities, c, cipher);
        }
        for (RowBatch rows : projections(cases)) {
            rows.insert(dsl);
        }
        personal.insert(dsl);
        identities.insert(dsl);
    }

    /**
     * What an update from {@code stored} writes (issue #11): the case's columns, less
     * {@code personal_version} if the people's rows stay as they are ({@link #samePeople}), so
     * that the case keeps naming the version they were written at; then the child rows that
     * differ from the stored copy's. A table's rows of the case are deleted and inserted again
     * only if the change touched them, and the personal data and identity hashes only if a
     * person's data, or a victim's identity keys, changed. A change of status alone writes no
     * child row. The deletes go in one JDBC batch, the inserts one multi-row INSERT per table.
     */
    static JdbcVersionedStorage.Rewrite rewrite(TraffickingCase stored, TraffickingCase next, LocalDateTime nowUtc,
            PersonalDataCipher cipher) {
        boolean samePeople = samePeople(stored, next);
        Map<Field<?>, Object> columns = caseColumns(next, nowUtc);
        if (samePeople) {
            columns.remove(CASE.PERSONAL_VERSION);
        }
        return new JdbcVersionedStorage.Rewrite(columns, dsl -> {
            String caseId = next.id().toString();
            List<RowBatch> before = projections(List.of(stored));
            List<RowBatch> after = projections(List.of(next));
            List<Query> deletes = new ArrayList<>();
            List<RowBatch> inserts = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                if (!after.get(i).sameRows(before.get(i))) {
                    deletes.add(after.get(i).deleteOwnedBy(dsl, caseId));
                    inserts.add(after.get(i));
                }
            }
            if (!samePeople) {
                RowBatch personal = personalDataRows();
                RowBatch identities = identityRows();
                addPersonalData(personal, identities, next, cipher);
                deletes.add(personal.deleteOwnedBy(dsl, caseId));
                deletes.add(identities.deleteOwnedBy(dsl, caseId));
                inserts.add(personal);
                inserts.add(identities);
            }
            if (!deletes.isEmpty()) {
                // The case id, which the store made, is the only value: jOOQ may inline it (see deleteChildren).
                dsl.batch(deletes).execute();
            }
            for (RowBatch rows : inserts) {
                rows.insert(dsl);
            }
        });
    }

    /**
     * Whether the two copies' people would write the same personal-data and identity rows: the
     * same victims and suspects in the same places, with equal personal data, and victims with
     * the same identity keys (the name-and-birth-date key also reads the victim's birth date).
     */
    static boolean samePeople(TraffickingCase stored, TraffickingCase next) {
        if (stored.victims().size() != next.victims().size() || stored.suspects().size() != next.suspects().size()) {
            return false;
        }
        for (int i = 0; i < next.victims().size(); i++) {
            Victim a = stored.victims().get(i);
            Victim b = next.victims().get(i);
            if (!a.id().equals(b.id()) || !a.personal().equals(b.personal()) || !identityKeys(a).equals(identityKeys(b))) {
                return false;
            }
        }
        for (int i = 0; i < next.suspects().size(); i++) {
            Suspect a = stored.suspects().get(i);
            Suspect b = next.suspects().get(i);
            if (!a.id().equals(b.id()) || !a.personal().equals(b.personal())) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> identityKeys(Victim v) {
        return List.of(VictimIdentity.nikKey(v).stream().toList(), VictimIdentity.nameKey(v).stream().toList(),
                VictimIdentity.documentKeys(v));
    }

    /**
     * The rows that project the cases' victims for filters and statistics, a batch per table
     * (victims, exploitation types, control methods, labour sectors, recruiter relations,
     * restitution), each leading with the case id.
     */
    private static List<RowBatch> projections(List<TraffickingCase> cases) {
        RowBatch victims = new RowBatch(CASE_VICTIM, CASE_VICTIM.CASE_ID, CASE_VICTIM.SEQ, CASE_VICTIM.VICTIM_ID,
                CASE_VICTIM.SEX, CASE_VICTIM.AGE_BAND, CASE_VICTIM.CITIZENSHIP, CASE_VICTIM.ORIGIN_PROVINCE,
                CASE_VICTIM.ORIGIN_REGENCY, CASE_VICTIM.CHILD, CASE_VICTIM.TRAFFICKING_STATUS);
        RowBatch purposes = new RowBatch(CASE_EXPLOITATION, CASE_EXPLOITATION.CASE_ID, CASE_EXPLOITATION.VICTIM_SEQ,
                CASE_EXPLOITATION.VICTIM_ID, CASE_EXPLOITATION.EXPLOITATION_TYPE);
        RowBatch restitution = new RowBatch(CASE_RESTITUTION, CASE_RESTITUTION.CASE_ID, CASE_RESTITUTION.VICTIM_SEQ,
                CASE_RESTITUTION.SEQ, CASE_RESTITUTION.VICTIM_ID, CASE_RESTITUTION.HEAD, CASE_RESTITUTION.STATE,
                CASE_RESTITUTION.CLAIMED_RUPIAH, CASE_RESTITUTION.ORDERED_RUPIAH);
        RowBatch controlMethods = valueRows(CASE_CONTROL_METHOD);
        RowBatch sectors = valueRows(CASE_LABOUR_SECTOR);
        RowBatch recruiters = valueRows(CASE_RECRUITER_RELATION);
        for (TraffickingCase c : cases) {
            addVictimRows(c, victims, purposes, controlMethods, sectors, recruiters, restitution);
        }
        return List.of(victims, purposes, controlMethods, sectors, recruiters, restitution);
    }

    private static void addVictimRows(TraffickingCase c, RowBatch victims, RowBatch purposes, RowBatch controlMethods,
            RowBatch sectors, RowBatch recruiters, RowBatch restitution) {
        String caseId = c.id().toString();
        for (int i = 0; i < c.victims().size(); i++) {
            Victim v = c.victims().get(i);
            String victimId = v.id().toString();
            OptionalInt age = v.ageWhenTrafficked();
            victims.add(caseId, i, victimId, v.sex().name(),
                    age.isPresent() && age.getAsInt() >= 0 ? AgeBand.of(age.getAsInt()).name() : null,
                    v.citizenship().value(), ancestor(v.origin(), Level.PROVINCE), ancestor(v.origin(), Level.REGENCY),
                    v.wasChild(), v.traffickingStatus() == null ? null : v.traffickingStatus().status().name());
            for (var purpose : v.elements().purposes()) {
                purposes.add(caseId, i, victimId, purpose.name());
            }
            for (var method : v.controlMethods()) {
                controlMethods.add(caseId, i, victimId, method.name());
            }
            for (var sector : v.exploitation().sectors()) {
                sectors.add(caseId, i, victimId, sector.name());
            }
            for (var relation : v.recruiterRelations()) {
                recruiters.add(caseId, i, victimId, relation.name());
            }
            for (int r = 0; r < v.restitution().size(); r++) {
                Restitution head = v.restitution().get(r);
                restitution.add(caseId, i, r, victimId, head.head().name(), head.state().name(), head.claimed().amount(),
                        head.ordered() == null ? null : head.ordered().amount());
            }
        }
    }

    private static RowBatch valueRows(Tables.VictimValueTable table) {
        return new RowBatch(table, table.CASE_ID, table.VICTIM_SEQ, table.VICTIM_ID, table.VALUE);
    }

    static RowBatch personalDataRows() {
        return new RowBatch(PERSONAL_DATA, PERSONAL_DATA.CASE_ID, PERSONAL_DATA.OWNER_ROLE, PERSONAL_DATA.SEQ,
                PERSONAL_DATA.OWNER_ID, PERSONAL_DATA.CASE_VERSION, PERSONAL_DATA.NAME, PERSONAL_DATA.NIK,
                PERSONAL_DATA.CONTACT, PERSONAL_DATA.ADDRESS, PERSONAL_DATA.DETAILS, PERSONAL_DATA.SEALED, PERSONAL_DATA.KEY_ID);
    }

    static RowBatch identityRows() {
        return new RowBatch(VICTIM_IDENTITY, VICTIM_IDENTITY.CASE_ID, VICTIM_IDENTITY.VICTIM_SEQ, VICTIM_IDENTITY.REASON,
                VICTIM_IDENTITY.VICTIM_ID, VICTIM_IDENTITY.KEY_HASH, VICTIM_IDENTITY.HASH_KEY_ID, VICTIM_IDENTITY.KEY_SEQ);
    }

    /**
     * Adds the case's personal-data rows (sealed if the cipher seals) and the hashes of its
     * victims' identity keys to the batches. The case's key rotation writes exactly these again.
     */
    static void addPersonalData(RowBatch personal, RowBatch identities, TraffickingCase c, PersonalDataCipher cipher) {
        String caseId = c.id().toString();
        for (int i = 0; i < c.victims().size(); i++) {
            Victim v = c.victims().get(i);
            addPerson(personal, cipher, caseId, c.version(), VICTIM, i, v.id().toString(), v.personal());
            addIdentity(identities, cipher, caseId, i, v, DuplicateReason.SAME_NIK, VictimIdentity.nikKey(v).stream().toList());
            addIdentity(identities, cipher, caseId, i, v, DuplicateReason.SAME_NAME_AND_BIRTH_DATE,
                    VictimIdentity.nameKey(v).stream().toList());
            addIdentity(identities, cipher, caseId, i, v, DuplicateReason.SAME_IDENTITY_DOCUMENT, VictimIdentity.documentKeys(v));
        }
        for (int i = 0; i < c.suspects().size(); i++) {
            Suspect s = c.suspects().get(i);
            addPerson(personal, cipher, caseId, c.version(), SUSPECT, i, s.id().toString(), s.personal());
        }
    }

    private static void addPerson(RowBatch rows, PersonalDataCipher cipher, String caseId, long version, String role, int seq,
            String ownerId, PersonalData p) {
        if (p.isEmpty()) {
            return;
        }
        if (cipher.seals()) {
            rows.add(caseId, role, seq, ownerId, version, null, null, null, null, null,
                    cipher.seal(p, new PersonalDataCipher.Owner(caseId, role, seq, ownerId, version)), cipher.keyId());
        } else {
            // The JSON in details is the whole value; name and NIK beside it for readers of the plain columns.
            rows.add(caseId, role, seq, ownerId, version, p.name() == null ? null : p.name().full(),
                    p.nik() == null ? null : p.nik().value(), null, null, GugusJson.writeWithPersonalData(p), null, null);
        }
    }

    private static void addIdentity(RowBatch rows, PersonalDataCipher cipher, String caseId, int seq, Victim v,
            DuplicateReason reason, List<String> keys) {
        for (int k = 0; k < keys.size(); k++) {
            rows.add(caseId, seq, reason.name(), v.id().toString(), cipher.hash(keys.get(k)), cipher.keyId(), k);
        }
    }

    /**
     * One JDBC batch, one round trip (issue #11): its only value is the case id, which the store
     * made, so jOOQ may inline it into the batch's statements; no personal data is ever inlined.
     */
    static void deleteChildren(DSLContext dsl, String caseId) {
        dsl.batch(
                dsl.deleteFrom(VICTIM_IDENTITY).where(VICTIM_IDENTITY.CASE_ID.eq(caseId)),
                dsl.deleteFrom(PERSONAL_DATA).where(PERSONAL_DATA.CASE_ID.eq(caseId)),
                dsl.deleteFrom(CASE_RESTITUTION).where(CASE_RESTITUTION.CASE_ID.eq(caseId)),
                dsl.deleteFrom(CASE_EXPLOITATION).where(CASE_EXPLOITATION.CASE_ID.eq(caseId)),
                dsl.deleteFrom(CASE_CONTROL_METHOD).where(CASE_CONTROL_METHOD.CASE_ID.eq(caseId)),
                dsl.deleteFrom(CASE_LABOUR_SECTOR).where(CASE_LABOUR_SECTOR.CASE_ID.eq(caseId)),
                dsl.deleteFrom(CASE_RECRUITER_RELATION).where(CASE_RECRUITER_RELATION.CASE_ID.eq(caseId)),
                dsl.deleteFrom(CASE_VICTIM).where(CASE_VICTIM.CASE_ID.eq(caseId))).execute();
    }

    /**
     * Whether the personal-data rows read with a case row are those of its version: all of them,
     * and no fewer than it has, written at the version the case row names as its personal
     * version (V7: the version whose save last wrote them; an update that leaves them as they
     * are keeps it). A database that does not read joined tables from one snapshot (H2 under
     * READ COMMITTED) can otherwise pair a case with another version's people.
     */
    static boolean sameVersion(long personalVersion, int personalCount, List<CaseReadRows.PersonRow> personalRows) {
        return personalRows.size() == personalCount && personalRows.stream().allMatch(r -> r.caseVersion() == personalVersion);
    }

    /**
     * The case from its payload and version, with the personal data of its people put back:
     * opened with the cipher if sealed (bound to this case, the person's role, position and id,
     * and the version that wrote the row), from the plain columns if not, which only a store
     * without keys, or the one-time sealing of an older database, accepts ({@link PersonalDataCipher#plain}).
     */
    static TraffickingCase toCase(CaseReadRows.StoredCase read, PersonalDataCipher cipher) {
        String id = read.id();
        List<CaseReadRows.PersonRow> personalRows = read.people();
        TraffickingCase stored = withoutPeople(id, read.version(), read.payload());
        PersonalData[] victims = new PersonalData[stored.victims().size()];
        PersonalData[] suspects = new PersonalData[stored.suspects().size()];
        Arrays.fill(victims, PersonalData.NONE);
        Arrays.fill(suspects, PersonalData.NONE);
        for (CaseReadRows.PersonRow r : personalRows) {
            String role = r.role();
            PersonalData[] target = VICTIM.equals(role) ? victims : SUSPECT.equals(role) ? suspects : null;
            int seq = r.seq();
            if (target == null || seq < 0 || seq >= target.length) {
                throw new StorageException("personal data of case " + id + " names a person the case does not have ("
                        + role + " " + seq + "): the row was not written by this store");
            }
            String personId = VICTIM.equals(role) ? stored.victims().get(seq).id().toString()
                    : stored.suspects().get(seq).id().toString();
            PersonalDataCipher.Owner owner = new PersonalDataCipher.Owner(id, role, seq, personId, r.caseVersion());
            String sealed = r.sealed();
            if (sealed != null) {
                target[seq] = cipher.open(sealed, r.keyId(), owner);
            } else {
                target[seq] = cipher.plain(plainColumns(r, id), owner);
            }
        }
        List<Victim> withVictims = new ArrayList<>();
        for (int i = 0; i < victims.length; i++) {
            withVictims.add(stored.victims().get(i).withPersonal(victims[i]));
        }
        List<Suspect> withSuspects = new ArrayList<>();
        for (int i = 0; i < suspects.length; i++) {
            withSuspects.add(stored.suspects().get(i).withPersonal(suspects[i]));
        }
        return new TraffickingCase(stored.id(), stored.version(), stored.number(), stored.registeredIn(), stored.reportedOn(),
                stored.status(), stored.closingReason(), ImmutableList.copyOf(withVictims),
                ImmutableList.copyOf(withSuspects), stored.route(), stored.statusHistory(), stored.management());
    }

    /**
     * The case of that version from its payload, its people without personal data: what a save
     * writes to the payload, and all a redacted read needs.
     */
    static TraffickingCase withoutPeople(String id, long version, String payload) {
        return Payloads.read(payload, TraffickingCase.class, id).withVersion(version).withoutPersonalData();
    }

    /** A plain row: its JSON details since V5, the four columns of free text before. */
    private static PersonalData plainColumns(CaseReadRows.PersonRow r, String caseId) {
        String details = r.details();
        if (details == null) {
            String nik = r.nik();
            return PersonalData.of(r.name(), nik == null ? null : Nik.of(nik), r.contact(), r.address());
        }
        try {
            return GugusJson.read(details, PersonalData.class);
        } catch (GugusException e) {
            // Without the cause's message: it could show a value of the data.
            throw new StorageException("cannot read the personal data of case " + caseId + " kept in plain text: its details"
                    + " are not personal data as this store writes it (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The code's ancestor at the level as text, or null if the code is above that level (or null). */
    static String ancestor(JurisdictionCode code, Level level) {
        return code == null || code.level().compareTo(level) < 0 ? null : code.ancestorAt(level).value();
    }
}
