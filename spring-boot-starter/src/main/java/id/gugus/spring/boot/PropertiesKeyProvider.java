package id.gugus.spring.boot;

import id.gugus.storage.jdbc.PersonalDataKeyRing;
import id.gugus.storage.jdbc.PersonalDataKeys;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The keys of {@code gugus.personal-data.keys}, the first the current one. A key that cannot be
 * read fails the start with the property's name, never its value.
 */
final class PropertiesKeyProvider implements GugusKeyProvider {
    private final List<GugusProperties.Key> keys;

    PropertiesKeyProvider(List<GugusProperties.Key> keys) {
        this.keys = List.copyOf(keys);
    }

    @Override
    public Optional<PersonalDataKeyRing> keyRing() {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<PersonalDataKeys> read = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            read.add(read(keys.get(i), "gugus.personal-data.keys[" + i + "]"));
        }
        return Optional.of(PersonalDataKeyRing.of(read.get(0),
                read.subList(1, read.size()).toArray(PersonalDataKeys[]::new)));
    }

    private static PersonalDataKeys read(GugusProperties.Key key, String property) {
        if (key.getId() == null || key.getId().isBlank()) {
            throw new IllegalStateException(property + ".id is required");
        }
        return PersonalDataKeys.of(key.getId(), decode(key.getAesKey(), property + ".aes-key"),
                decode(key.getHmacKey(), property + ".hmac-key"));
    }

    private static byte[] decode(String base64, String property) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is required (Base64 of 32 bytes)");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            // Not e itself as the cause: its message may quote a part of the key.
            throw new IllegalStateException(property + " is not Base64");
        }
    }

    @Override
    public String toString() {
        return "PropertiesKeyProvider" + keys;
    }
}
