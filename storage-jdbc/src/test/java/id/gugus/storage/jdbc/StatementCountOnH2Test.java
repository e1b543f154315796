package id.gugus.storage.jdbc;

/** Statement and round-trip counts of the JDBC store on H2 (see {@link StatementCountContract}). */
class StatementCountOnH2Test extends StatementCountContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Override
    Bounds bounds() {
        return TODAY;
    }
}
