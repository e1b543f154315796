package id.gugus.storage.jdbc;

/** Statement and round-trip counts of the JDBC store on MariaDb (see {@link StatementCountContract}). */
class StatementCountOnMariaDbTest extends StatementCountContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }

    @Override
    Bounds bounds() {
        return TODAY;
    }
}
