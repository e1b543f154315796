package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.error.StorageException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.CaseStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;

/**
 * Cases in {@code trafficking_case} and its child tables (see {@link CaseRows}). The case number
 * is unique by constraint, so two concurrent registrations of one number cannot both succeed.
 * Personal data is sealed and opened with the database's current keys ({@link Database#cipher}).
 */
final class JdbcCaseStorage extends JdbcVersionedStorage<CaseId, TraffickingCase> implements CaseStorage {
    static final String ENTITY = "Case";
    private static final int READ_ATTEMPTS = 50;

    JdbcCaseStorage(Database db) {
        super(db, ENTITY, CASE);
    }

    @Override
    public Optional<TraffickingCase> findByNumber(CaseNumber number) {
        return db.read(reading(number), dsl -> fetchOne(dsl, CASE.CASE_NUMBER.eq(number.value())));
    }

    @Override
    public Page<TraffickingCase> query(CaseQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        CaseCursor after = page.after() == null ? null : CaseCursor.decode(page.after());
        // One more than the page holds tells whether another page follows.
        return db.read(reading(null), dsl -> pageOf(
                consistent(cipher(), () -> CaseQueries.page(dsl, query, after, page.size() + 1)), page.size()));
    }

    /**
     * The case rows alone, from their payload (the case less its personal data, as every save
     * writes it): no personal-data row is read and no seal opened, so a redacted page costs one
     * statement on the case table, and no torn read can pair a case with another version's people.
     */
    @Override
    public Page<TraffickingCase> queryWithoutPersonalData(CaseQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        CaseCursor after = page.after() == null ? null : CaseCursor.decode(page.after());
        return db.read(reading(null), dsl -> pageOf(CaseQueries.pageWithoutPersonalData(dsl, query, after, page.size() + 1)
                .fetch(row -> CaseRows.withoutPeople(row.get(CASE.ID), row.get(CASE.VERSION), row.get(CASE.PAYLOAD))),
                page.size()));
    }

    /** The page of {@code size} from {@code found}, read one case past it: a cursor only if that one exists. */
    private static Page<TraffickingCase> pageOf(List<TraffickingCase> found, int size) {
        if (found.size() <= size) {
            return new Page<>(ImmutableList.copyOf(found), null);
        }
        List<TraffickingCase> items = found.subList(0, size);
        return new Page<>(ImmutableList.copyOf(items), CaseCursor.of(items.get(items.size() - 1)).encode());
    }

    @Override
    public long count(CaseQuery query) {
        return db.read(reading(null), dsl -> CaseQueries.count(dsl, query));
    }

    @Override
    public Statistics statistics(CaseQuery query, Dimension first, Dimension second) {
        Objects.requireNonNull(first, "first");
        return db.read(reading(null), dsl -> CaseStatisticsQuery.run(dsl, query, first, second));
    }

    @Override
    public List<DuplicateVictims> duplicateVictims() {
        return db.read(reading(null), dsl -> VictimIdentities.duplicates(dsl, cipher()));
    }

    @Override
    public List<DuplicateVictims> duplicateVictims(JurisdictionCode within) {
        Objects.requireNonNull(within, "within");
        return db.read(reading(null), dsl -> VictimIdentities.duplicates(dsl, cipher(), within));
    }

    @Override
    public List<TraffickingCase> withVictimNik(Nik nik) {
        return withVictimNik(nik, JurisdictionCode.NATIONAL);
    }

    /** Only the cases of the subtree are selected, so no case outside is read, nor its personal data opened. */
    @Override
    public List<TraffickingCase> withVictimNik(Nik nik, JurisdictionCode within) {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(within, "within");
        return db.read(reading(null), dsl -> {
            var hasNik = VictimIdentities.caseHasVictimNik(dsl, cipher(), nik)
                    .and(JdbcJurisdictionStorage.inSubtree(CASE.REGISTERED_IN, within));
            return ImmutableList.copyOf(consistent(cipher(), () -> CaseQueries.inReportOrder(dsl, hasNik)));
        });
    }

    private PersonalDataCipher cipher() {
        return db.cipher();
    }

    /**
     * Runs the read until every case comes with the personal data of its own version (see
     * {@link CaseRows#sameVersion}); a read that overlapped a concurrent update is read again.
     */
    static List<TraffickingCase> consistent(PersonalDataCipher cipher, Supplier<ResultQuery<Record>> read) {
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            List<TraffickingCase> cases = assemble(read.get().fetch(), cipher);
            if (cases != null) {
                return cases;
            }
            LockSupport.parkNanos(attempt * 1_000_000L); // let the concurrent update commit
        }
        throw new StorageException("storage failed: cases changed during " + READ_ATTEMPTS + " reads in a row");
    }

    /** Cases from rows of (case columns, personal-data columns), in the rows' order; null if a case was torn. */
    private static List<TraffickingCase> assemble(Result<Record> rows, PersonalDataCipher cipher) {
        List<CaseReadRows.StoredCase> stored = CaseReadRows.of(rows);
        if (stored == null) {
            return null;
        }
        List<TraffickingCase> cases = new ArrayList<>(stored.size());
        for (CaseReadRows.StoredCase c : stored) {
            if (!CaseRows.sameVersion(c.personalVersion(), c.personalCount(), c.people())) {
                return null;
            }
            cases.add(CaseRows.toCase(c, cipher));
        }
        return cases;
    }

    /** The case with its personal data, read until both are of one version (see {@link #consistent}). */
    @Override
    protected Optional<TraffickingCase> fetchOne(DSLContext dsl, Condition key) {
        return consistent(cipher(), () -> CaseQueries.byKey(dsl, key)).stream().findFirst();
    }

    @Override
    protected Map<Field<?>, Object> columns(TraffickingCase c) {
        return CaseRows.caseColumns(c, db.nowUtc());
    }

    /** Only the child tables whose rows the change touched: see {@link CaseRows#rewrite}. */
    @Override
    protected Rewrite rewrite(TraffickingCase stored, TraffickingCase next) {
        return CaseRows.rewrite(stored, next, db.nowUtc(), db.cipher());
    }

    /** Victims, exploitation types, restitution, personal data (sealed with the current keys) and identities. */
    @Override
    protected void insertChildren(DSLContext dsl, List<TraffickingCase> cases) {
        CaseRows.insertChildren(dsl, cases, db.cipher());
    }

    @Override
    protected void deleteChildren(DSLContext dsl, String id) {
        CaseRows.deleteChildren(dsl, id);
    }

    @Override
    protected List<StorageOperation.UniqueKey> uniqueKeys(TraffickingCase c) {
        return List.of(new StorageOperation.UniqueKey("uq_trafficking_case_number", "number", c.number().value()));
    }
}
