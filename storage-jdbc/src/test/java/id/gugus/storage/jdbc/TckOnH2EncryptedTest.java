package id.gugus.storage.jdbc;

/**
 * The whole storage TCK on H2 with personal data sealed (AES-GCM) and identities hashed with
 * HMAC: encryption at rest changes nothing a store promises.
 */
class TckOnH2EncryptedTest extends JdbcTck {
    private static final PersonalDataKeys KEYS = PersonalDataKeys.generate("tck-2026");

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Override
    PersonalDataKeys keys() {
        return KEYS;
    }
}
