package id.gugus.storage.jdbc;

import id.gugus.error.StorageException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * How the store turns personal data into what it keeps. For now it keeps personal data in plain
 * columns and hashes victims' identity keys ({@code VictimIdentity}) with SHA-256, so that
 * duplicate and NIK look-ups run in SQL on the hashes; encryption at rest under the
 * application's keys follows.
 */
final class PersonalDataCipher {
    private static final HexFormat HEX = HexFormat.of();

    /** Keeps personal data in plain text and hashes identity keys with plain SHA-256. */
    static final PersonalDataCipher PLAIN = new PersonalDataCipher();

    private PersonalDataCipher() {}

    /** The id of the keys this cipher hashes with; null without keys. */
    String keyId() {
        return null;
    }

    /** Lower-case hex of the SHA-256 of the identity key. */
    String hash(String identityKey) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(identityKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new StorageException("cannot hash a victim identity key", e);
        }
    }
}
