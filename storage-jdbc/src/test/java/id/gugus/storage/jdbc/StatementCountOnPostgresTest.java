package id.gugus.storage.jdbc;

/** Statement and round-trip counts of the JDBC store on Postgres (see {@link StatementCountContract}). */
class StatementCountOnPostgresTest extends StatementCountContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }

    @Override
    Bounds bounds() {
        return TODAY;
    }
}
