package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;
import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;

/**
 * The rows of a case read ({@link CaseQueries}: a row per case, then a row per person with
 * personal data) grouped by case, each value taken by its column's position. The positions are
 * looked up once per result: jOOQ's {@code Record.get(Field)} matches the field against the
 * result's aliased columns by name on every call, which was about a quarter of the time of a page
 * of 50 cases (issue #11, profiled on PostgreSQL).
 */
final class CaseReadRows {
    /** A case as read: its columns and its people's personal-data rows. */
    record StoredCase(String id, long version, int personalCount, long personalVersion, String payload, List<PersonRow> people) {}

    /** One person's row of {@code personal_data}: plain columns, or sealed with the key named. */
    record PersonRow(String role, int seq, long caseVersion, String name, String nik, String contact, String address,
            String details, String sealed, String keyId) {}

    private CaseReadRows() {}

    /**
     * The cases of the result in its order, each with its people's rows; null if a person's row
     * came without its case's row (a read torn by a concurrent change: read again).
     */
    static List<StoredCase> of(Result<Record> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int id = position(rows, CASE.ID);
        int version = position(rows, CASE.VERSION);
        int personalCount = position(rows, CASE.PERSONAL_COUNT);
        int personalVersion = position(rows, CASE.PERSONAL_VERSION);
        int payload = position(rows, CASE.PAYLOAD);
        int role = position(rows, PERSONAL_DATA.OWNER_ROLE);
        int seq = position(rows, PERSONAL_DATA.SEQ);
        int caseVersion = position(rows, PERSONAL_DATA.CASE_VERSION);
        int name = position(rows, PERSONAL_DATA.NAME);
        int nik = position(rows, PERSONAL_DATA.NIK);
        int contact = position(rows, PERSONAL_DATA.CONTACT);
        int address = position(rows, PERSONAL_DATA.ADDRESS);
        int details = position(rows, PERSONAL_DATA.DETAILS);
        int sealed = position(rows, PERSONAL_DATA.SEALED);
        int keyId = position(rows, PERSONAL_DATA.KEY_ID);

        Map<String, Record> caseRows = new LinkedHashMap<>();
        Map<String, List<PersonRow>> people = new LinkedHashMap<>();
        for (Record row : rows) {
            String caseId = row.get(id, String.class);
            String ownerRole = row.get(role, String.class);
            if (ownerRole == null) {
                caseRows.putIfAbsent(caseId, row);
                people.computeIfAbsent(caseId, k -> new ArrayList<>());
            } else {
                people.computeIfAbsent(caseId, k -> new ArrayList<>()).add(new PersonRow(ownerRole, row.get(seq, Integer.class),
                        row.get(caseVersion, Long.class), row.get(name, String.class), row.get(nik, String.class),
                        row.get(contact, String.class), row.get(address, String.class), row.get(details, String.class),
                        row.get(sealed, String.class), row.get(keyId, String.class)));
            }
        }
        List<StoredCase> cases = new ArrayList<>(caseRows.size());
        for (Map.Entry<String, List<PersonRow>> entry : people.entrySet()) {
            Record row = caseRows.get(entry.getKey());
            if (row == null) {
                return null;
            }
            cases.add(new StoredCase(entry.getKey(), row.get(version, Long.class), row.get(personalCount, Integer.class),
                    row.get(personalVersion, Long.class), row.get(payload, String.class), entry.getValue()));
        }
        return cases;
    }

    private static int position(Result<Record> rows, Field<?> column) {
        int at = rows.indexOf(column.getName());
        if (at < 0) {
            throw new IllegalStateException("a case read has no column " + column.getName() + ": " + rows.fieldsRow());
        }
        return at;
    }
}
