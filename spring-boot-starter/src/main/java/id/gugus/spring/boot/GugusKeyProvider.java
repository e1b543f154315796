package id.gugus.spring.boot;

import id.gugus.storage.jdbc.PersonalDataKeyRing;
import java.util.Optional;

/**
 * Where the JDBC store gets its personal-data keys: from the {@code gugus.personal-data.keys}
 * properties by default, or from a bean of this type that the application declares (a key
 * management service, a vault). Called once, when the store is made. An implementation never
 * logs the key material.
 */
@FunctionalInterface
public interface GugusKeyProvider {
    /** The key ring (the current keys and older ones still in use); empty: personal data stays in plain columns. */
    Optional<PersonalDataKeyRing> keyRing();
}
