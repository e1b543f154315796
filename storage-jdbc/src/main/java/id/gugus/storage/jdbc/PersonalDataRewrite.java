package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;
import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;
import static id.gugus.storage.jdbc.Tables.VICTIM_IDENTITY;

import id.gugus.cases.CaseCursor;
import id.gugus.cases.TraffickingCase;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Writes the personal data and victim identities of cases again under the keys in use: how a
 * rotation of keys reaches every row, how an older database is sealed once, and how identities
 * missing from cases of an older schema are filled in. The rest of each case (payload, victims,
 * version) is left as it is; the rows are written, and their seals bound, at the case's version,
 * which becomes its personal version (V7).
 *
 * <p>It walks the cases in (reported_on, id) order, a step of cases at a time, each step a
 * transaction of its own: a failure (a lost connection, a row it cannot open) loses at most the
 * step it was in, every row stays readable with the ring of keys, and running it again goes on
 * where the rows say it stopped. Each step locks its cases' rows ({@code SELECT … FOR UPDATE})
 * before it reads them, so a concurrent save of one of them waits for the step, and the step
 * never writes back an older version's personal data; saves of other cases go on meanwhile.
 * Per step: the lock, one read of the cases, one of their rows' key ids, and, for the cases that
 * need it, a delete and an insert of {@code personal_data} and of {@code victim_identity}, and
 * an update of their personal version.
 */
final class PersonalDataRewrite {
    private PersonalDataRewrite() {}

    /** Which cases a run writes again. */
    enum Scope {
        /**
         * The cases with a row not as the keys in use write it: under an older key, or hashed
         * under one. Rows in plain text or sealed in the legacy format are refused: only the
         * one-time sealing opens them. What a rotation, and a resumed rotation, does.
         */
        ROWS_UNDER_OLDER_KEYS,
        /**
         * Every case, plain rows and legacy seals opened too, every victim identity recomputed:
         * the one-time sealing of a database written without keys or before seals were bound to
         * a version, and the back-fill of identities of cases from before schema version 2.
         */
        EVERY_CASE
    }

    /** What a run did: cases it read, cases it wrote again, and the rows it wrote. */
    record Result(long casesRead, long casesRewritten, long personalDataRows, long identityRows) {
        Result plus(Result step) {
            return new Result(casesRead + step.casesRead, casesRewritten + step.casesRewritten,
                    personalDataRows + step.personalDataRows, identityRows + step.identityRows);
        }
    }

    private record Step(Result result, CaseCursor last) {}

    static Result run(Database db, Scope scope) {
        Objects.requireNonNull(scope, "scope");
        int casesPerStep = db.config().batchSize();
        Result total = new Result(0, 0, 0, 0);
        CaseCursor after = null;
        while (true) {
            CaseCursor from = after;
            // The cipher of each step's own transaction: the ring cannot change under a step.
            Step step = db.write(StorageOperation.of("rewrite", "PersonalData", null, -1),
                    dsl -> step(dsl, db.cipher(), scope, from, casesPerStep));
            total = total.plus(step.result());
            if (step.last() == null) {
                return total;
            }
            after = step.last();
        }
    }

    private static Step step(DSLContext dsl, PersonalDataCipher cipher, Scope scope, CaseCursor after, int size) {
        Condition next = after == null ? DSL.noCondition()
                : DSL.row(CASE.REPORTED_ON, CASE.ID).gt(after.reportedOn(), after.id().toString());
        List<Record2<LocalDate, String>> locked = dsl.select(CASE.REPORTED_ON, CASE.ID).from(CASE).where(next)
                .orderBy(CASE.REPORTED_ON, CASE.ID).limit(size).forUpdate().fetch();
        if (locked.isEmpty()) {
            return new Step(new Result(0, 0, 0, 0), null);
        }
        List<String> ids = locked.stream().map(Record2::value2).toList();
        PersonalDataCipher opening = scope == Scope.EVERY_CASE ? cipher.sealingOldRows() : cipher;
        List<TraffickingCase> cases = JdbcCaseStorage.consistent(opening, () -> CaseQueries.byKey(dsl, CASE.ID.in(ids)));
        Set<String> stale = scope == Scope.EVERY_CASE ? new HashSet<>(ids) : staleCases(dsl, cipher, ids);
        List<TraffickingCase> rewritten = cases.stream().filter(c -> stale.contains(c.id().toString())).toList();
        long personalRows = 0;
        long identityRows = 0;
        if (!rewritten.isEmpty()) {
            List<String> rewrittenIds = rewritten.stream().map(c -> c.id().toString()).toList();
            dsl.deleteFrom(PERSONAL_DATA).where(PERSONAL_DATA.CASE_ID.in(rewrittenIds)).execute();
            dsl.deleteFrom(VICTIM_IDENTITY).where(VICTIM_IDENTITY.CASE_ID.in(rewrittenIds)).execute();
            RowBatch personal = CaseRows.personalDataRows();
            RowBatch identities = CaseRows.identityRows();
            for (TraffickingCase c : rewritten) {
                CaseRows.addPersonalData(personal, identities, c, cipher);
            }
            personal.insert(dsl);
            identities.insert(dsl);
            dsl.update(CASE).set(CASE.PERSONAL_VERSION, CASE.VERSION).where(CASE.ID.in(rewrittenIds)).execute();
            personalRows = personal.size();
            identityRows = identities.size();
        }
        Record2<LocalDate, String> last = locked.get(locked.size() - 1);
        CaseCursor lastRead = locked.size() < size ? null
                : new CaseCursor(last.value1(), java.util.UUID.fromString(last.value2()));
        return new Step(new Result(cases.size(), rewritten.size(), personalRows, identityRows), lastRead);
    }

    /**
     * The cases among {@code ids} with a personal-data row or a victim identity not as the keys
     * in use write them. Reads the key ids and the first characters of each seal (its format),
     * never a whole seal.
     */
    private static Set<String> staleCases(DSLContext dsl, PersonalDataCipher cipher, List<String> ids) {
        Set<String> stale = new HashSet<>();
        dsl.select(PERSONAL_DATA.CASE_ID, DSL.substring(PERSONAL_DATA.SEALED, 1, 4), PERSONAL_DATA.KEY_ID)
                .from(PERSONAL_DATA).where(PERSONAL_DATA.CASE_ID.in(ids))
                .forEach(r -> {
                    // A plain row is stale for a keyed cipher; reading it again refuses it, as it should.
                    if (!cipher.isCurrent(r.value2(), r.value3())) {
                        stale.add(r.value1());
                    }
                });
        String keyId = cipher.keyId();
        dsl.select(VICTIM_IDENTITY.CASE_ID, VICTIM_IDENTITY.HASH_KEY_ID).from(VICTIM_IDENTITY)
                .where(VICTIM_IDENTITY.CASE_ID.in(ids))
                .forEach(r -> {
                    if (!Objects.equals(r.value2(), keyId)) {
                        stale.add(r.value1());
                    }
                });
        return stale;
    }
}
