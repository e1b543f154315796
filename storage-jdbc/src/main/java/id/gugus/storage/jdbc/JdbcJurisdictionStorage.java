package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.JURISDICTION;

import com.google.common.collect.Lists;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.JurisdictionStorage;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The area tree in table {@code jurisdiction}. A subtree is the range [code, code + "/") on the
 * primary key; the import writes in JDBC batches inside one transaction. Whether a code exists is
 * cached ({@link AreaCache}).
 */
final class JdbcJurisdictionStorage implements JurisdictionStorage {
    private static final String ENTITY = "Jurisdiction";

    private final Database db;

    JdbcJurisdictionStorage(Database db) {
        this.db = db;
    }

    @Override
    public void importAll(Collection<Jurisdiction> areas) {
        List<Jurisdiction> all = List.copyOf(areas);
        db.write(StorageOperation.of("import", ENTITY, null, -1), dsl -> {
            db.areas().importing();
            for (List<Jurisdiction> chunk : Lists.partition(all, db.config().batchSize())) {
                importChunk(dsl, chunk);
            }
            return null;
        });
    }

    /** Inserts the new areas and renames the stored ones whose name changed: plain SQL on every dialect. */
    private void importChunk(DSLContext dsl, List<Jurisdiction> chunk) {
        Map<String, String> stored = new HashMap<>();
        dsl.select(JURISDICTION.CODE, JURISDICTION.NAME)
                .from(JURISDICTION)
                .where(JURISDICTION.CODE.in(chunk.stream().map(j -> j.code().value()).toList()))
                .forEach(r -> stored.put(r.value1(), r.value2()));
        BatchBindStep inserts = dsl.batch(dsl.insertInto(JURISDICTION,
                        JURISDICTION.CODE, JURISDICTION.PARENT_CODE, JURISDICTION.AREA_LEVEL, JURISDICTION.NAME)
                .values((String) null, null, null, null));
        BatchBindStep renames = dsl.batch(dsl.update(JURISDICTION)
                .set(JURISDICTION.NAME, (String) null)
                .where(JURISDICTION.CODE.eq((String) null)));
        for (Jurisdiction area : chunk) {
            String code = area.code().value();
            if (!stored.containsKey(code)) {
                inserts.bind(code, area.parent().map(JurisdictionCode::value).orElse(null), area.level().name(),
                        area.name());
            } else if (!area.name().equals(stored.get(code))) {
                renames.bind(area.name(), code); // runs after the inserts: a repeat within the chunk renames too
            }
            stored.put(code, area.name());
        }
        if (inserts.size() > 0) {
            inserts.execute();
        }
        if (renames.size() > 0) {
            renames.execute();
        }
    }

    @Override
    public Optional<Jurisdiction> find(JurisdictionCode code) {
        return db.read(StorageOperation.read(ENTITY, code), dsl -> dsl.selectFrom(JURISDICTION)
                .where(JURISDICTION.CODE.eq(code.value()))
                .fetchOptional(JdbcJurisdictionStorage::toJurisdiction));
    }

    /** Served from the {@linkplain AreaCache cache} of codes once found: validation asks it for every area of every case. */
    @Override
    public boolean exists(JurisdictionCode code) {
        return db.areas().exists(code, () -> find(code).isPresent());
    }

    @Override
    public List<Jurisdiction> children(JurisdictionCode code) {
        return db.read(StorageOperation.read(ENTITY, code), dsl -> dsl.selectFrom(JURISDICTION)
                .where(JURISDICTION.PARENT_CODE.eq(code.value()))
                .orderBy(JURISDICTION.CODE)
                .fetch(JdbcJurisdictionStorage::toJurisdiction));
    }

    @Override
    public List<Jurisdiction> subtree(JurisdictionCode code) {
        return db.read(StorageOperation.read(ENTITY, code), dsl -> dsl.selectFrom(JURISDICTION)
                .where(inSubtree(JURISDICTION.CODE, code))
                .orderBy(JURISDICTION.CODE)
                .fetch(JdbcJurisdictionStorage::toJurisdiction));
    }

    @Override
    public long count() {
        return db.read(StorageOperation.read(ENTITY, null), dsl -> (long) dsl.fetchCount(JURISDICTION));
    }

    /**
     * The area and everything under it, as a range on an indexed code column (docs/jurisdictions.md): every
     * code under {@code 61} lies in [{@code 61}, {@code 61/}). The national root holds every code.
     */
    static Condition inSubtree(org.jooq.Field<String> codeColumn, JurisdictionCode code) {
        if (code.equals(JurisdictionCode.NATIONAL)) {
            return DSL.noCondition();
        }
        return codeColumn.ge(code.value()).and(codeColumn.lt(code.subtreeUpperBound()));
    }

    private static Jurisdiction toJurisdiction(Record r) {
        return Jurisdiction.of(r.get(JURISDICTION.CODE), r.get(JURISDICTION.NAME));
    }
}
