package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.AGENCY;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.agency.AgencyType;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.AgencyStorage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;

/** Agencies in table {@code agency}: every field is a column, so no payload. */
final class JdbcAgencyStorage implements AgencyStorage {
    static final String ENTITY = "Agency";

    private final Database db;

    JdbcAgencyStorage(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Agency> find(AgencyId id) {
        return db.read(Target.read(ENTITY, id), dsl -> dsl.selectFrom(AGENCY)
                .where(AGENCY.ID.eq(id.toString()))
                .fetchOptional(JdbcAgencyStorage::toAgency));
    }

    @Override
    public void insert(Agency agency) {
        db.write(Target.of("insert", ENTITY, agency.id(), agency.version()), dsl -> dsl.insertInto(AGENCY)
                .set(AGENCY.ID, agency.id().toString())
                .set(AGENCY.VERSION, agency.version())
                .set(AGENCY.NAME, agency.name())
                .set(AGENCY.AGENCY_TYPE, agency.type().name())
                .set(AGENCY.JURISDICTION, agency.jurisdiction().value())
                .set(AGENCY.UPDATED_AT, db.nowUtc())
                .execute());
    }

    @Override
    public boolean update(Agency agency, long expectedVersion) {
        return db.write(Target.of("update", ENTITY, agency.id(), expectedVersion), dsl -> dsl.update(AGENCY)
                .set(AGENCY.VERSION, agency.version())
                .set(AGENCY.NAME, agency.name())
                .set(AGENCY.AGENCY_TYPE, agency.type().name())
                .set(AGENCY.JURISDICTION, agency.jurisdiction().value())
                .set(AGENCY.UPDATED_AT, db.nowUtc())
                .where(AGENCY.ID.eq(agency.id().toString()))
                .and(AGENCY.VERSION.eq(expectedVersion))
                .execute()) == 1;
    }

    @Override
    public boolean delete(AgencyId id, long expectedVersion) {
        return db.write(Target.of("delete", ENTITY, id, expectedVersion), dsl -> dsl.deleteFrom(AGENCY)
                .where(AGENCY.ID.eq(id.toString()))
                .and(AGENCY.VERSION.eq(expectedVersion))
                .execute()) == 1;
    }

    @Override
    public List<Agency> inSubtree(JurisdictionCode code) {
        List<Agency> found = db.read(Target.read(ENTITY, code), dsl -> dsl.selectFrom(AGENCY)
                .where(JdbcJurisdictionStorage.inSubtree(AGENCY.JURISDICTION, code))
                .orderBy(AGENCY.NAME, AGENCY.ID)
                .fetch(JdbcAgencyStorage::toAgency));
        // Java's String order, exactly as every store sorts (databases differ past the BMP).
        return found.stream().sorted(BY_NAME_THEN_ID).toList();
    }

    private static final Comparator<Agency> BY_NAME_THEN_ID =
            Comparator.comparing(Agency::name).thenComparing(a -> a.id().toString());

    private static Agency toAgency(Record r) {
        return new Agency(AgencyId.of(r.get(AGENCY.ID)), r.get(AGENCY.VERSION), r.get(AGENCY.NAME),
                AgencyType.valueOf(r.get(AGENCY.AGENCY_TYPE)), JurisdictionCode.of(r.get(AGENCY.JURISDICTION)));
    }
}
