package id.gugus.storage.jdbc;

/** The whole storage TCK on MariaDB (see {@link JdbcTck}). */
class TckOnMariaDbTest extends JdbcTck {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
