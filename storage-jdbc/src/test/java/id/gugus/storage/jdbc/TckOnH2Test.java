package id.gugus.storage.jdbc;

/** The whole storage TCK on H2, personal data in plain columns (see {@link JdbcTck}). */
class TckOnH2Test extends JdbcTck {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
