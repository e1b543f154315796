package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.AGENCY;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.agency.AgencyType;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.AgencyStorage;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Agencies in table {@code agency}: every field is a column, so no payload. */
final class JdbcAgencyStorage extends JdbcVersionedStorage<AgencyId, Agency> implements AgencyStorage {
    static final String ENTITY = "Agency";

    private static final Comparator<Agency> BY_NAME_THEN_ID =
            Comparator.comparing(Agency::name).thenComparing(a -> a.id().toString());

    JdbcAgencyStorage(Database db) {
        super(db, ENTITY, AGENCY);
    }

    @Override
    public List<Agency> inSubtree(JurisdictionCode code) {
        List<Agency> found = db.read(reading(code), dsl -> dsl.selectFrom(AGENCY)
                .where(JdbcJurisdictionStorage.inSubtree(AGENCY.JURISDICTION, code))
                .orderBy(AGENCY.NAME, AGENCY.ID)
                .fetch(JdbcAgencyStorage::toAgency));
        // Java's String order, exactly as every store sorts (databases differ past the BMP).
        return found.stream().sorted(BY_NAME_THEN_ID).toList();
    }

    @Override
    protected Optional<Agency> fetchOne(DSLContext dsl, Condition key) {
        return dsl.selectFrom(AGENCY).where(key).fetchOptional(JdbcAgencyStorage::toAgency);
    }

    @Override
    protected Map<Field<?>, Object> columns(Agency agency) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(AGENCY.NAME, agency.name());
        columns.put(AGENCY.AGENCY_TYPE, agency.type().name());
        columns.put(AGENCY.JURISDICTION, agency.jurisdiction().value());
        columns.put(AGENCY.UPDATED_AT, db.nowUtc());
        return columns;
    }

    private static Agency toAgency(Record r) {
        return new Agency(AgencyId.of(r.get(AGENCY.ID)), r.get(AGENCY.VERSION), r.get(AGENCY.NAME),
                AgencyType.valueOf(r.get(AGENCY.AGENCY_TYPE)), JurisdictionCode.of(r.get(AGENCY.JURISDICTION)));
    }
}
