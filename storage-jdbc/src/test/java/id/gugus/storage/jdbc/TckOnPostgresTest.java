package id.gugus.storage.jdbc;

/** The whole storage TCK on PostgreSQL (see {@link JdbcTck}). */
class TckOnPostgresTest extends JdbcTck {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}
