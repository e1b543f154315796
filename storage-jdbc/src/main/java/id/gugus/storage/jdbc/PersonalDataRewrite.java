package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;
import static id.gugus.storage.jdbc.Tables.VICTIM_IDENTITY;

import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Writes the personal data and victim identities of every case again, opening what is stored
 * with one cipher and sealing and hashing with another: how keys are rotated, how encryption is
 * switched on for data stored in plain text, and how identities missing from cases of an older
 * schema are filled in. The rest of each case (payload, victims, version) is left as it is.
 *
 * <p>It walks the cases in (reported_on, id) order, a step of cases at a time; per step one read
 * and four statements (delete and insert of {@code personal_data} and {@code victim_identity}
 * for those cases), inside the caller's single transaction.
 */
final class PersonalDataRewrite {
    private PersonalDataRewrite() {}

    /** What was rewritten. */
    record Result(long cases, long personalDataRows, long identityRows) {}

    static Result run(DSLContext dsl, PersonalDataCipher from, PersonalDataCipher to, int casesPerStep) {
        long cases = 0;
        long personalRows = 0;
        long identityRows = 0;
        CaseCursor after = null;
        while (true) {
            CaseCursor cursor = after;
            List<TraffickingCase> step = JdbcCaseStorage.consistent(from,
                    () -> CaseQueries.page(dsl, CaseQuery.all(), cursor, casesPerStep));
            if (step.isEmpty()) {
                break;
            }
            List<String> ids = step.stream().map(c -> c.id().toString()).toList();
            dsl.deleteFrom(PERSONAL_DATA).where(PERSONAL_DATA.CASE_ID.in(ids)).execute();
            dsl.deleteFrom(VICTIM_IDENTITY).where(VICTIM_IDENTITY.CASE_ID.in(ids)).execute();
            RowBatch personal = CaseRows.personalDataRows();
            RowBatch identities = CaseRows.identityRows();
            for (TraffickingCase c : step) {
                CaseRows.addPersonalData(personal, identities, c, to);
            }
            personal.insert(dsl);
            identities.insert(dsl);
            cases += step.size();
            personalRows += personal.size();
            identityRows += identities.size();
            if (step.size() < casesPerStep) {
                break;
            }
            after = CaseCursor.of(step.get(step.size() - 1));
        }
        return new Result(cases, personalRows, identityRows);
    }
}
