package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * The manifest of a backup ({@code manifest.json}, the zip's last entry; docs/backup-format.md):
 * what made it, whether and how personal data is sealed, and each part with its record count and
 * the SHA-256 of its bytes as stored.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion the layout of the zip and its lines; {@value #FORMAT_VERSION} today
 * @param libraryVersion the Gugus version that wrote it
 * @param schemaVersion the version of the records' JSON ({@link id.gugus.json.GugusJson}); fields
 *     added to the model keep it, a field renamed or removed raises it
 * @param createdAt when it was written (ISO-8601 instant)
 * @param personalData true if personal data is in it, sealed; false if it was left out
 * @param sealing how it is sealed; null when there is no personal data
 * @param parts the parts, in restore order
 */
public record BackupManifest(
        String format,
        int formatVersion,
        String libraryVersion,
        int schemaVersion,
        String createdAt,
        boolean personalData,
        Seal sealing,
        ImmutableList<PartDigest> parts) {
    /** The {@link #format()} of every Gugus backup. */
    public static final String FORMAT = "gugus-backup";
    /** The format version this library writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** The record schema version this library writes and reads. */
    public static final int SCHEMA_VERSION = 1;
    static final String ENTRY = "manifest.json";

    public BackupManifest {
        Objects.requireNonNull(format, "format");
        parts = parts == null ? ImmutableList.of() : ImmutableList.copyOf(parts);
    }

    /** The part called {@code name}, if the backup lists it. */
    public Optional<PartDigest> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** How many records the part called {@code name} holds; 0 if there is none. */
    public long count(String name) {
        return part(name).map(PartDigest::records).orElse(0L);
    }

    /**
     * How the lines are sealed.
     *
     * @param cipher {@code AES/GCM/NoPadding}, one line at a time (docs/backup-format.md)
     * @param kdf {@code PBKDF2WithHmacSHA256} (passphrase) or {@code raw} (256-bit key)
     * @param iterations the PBKDF2 iterations; 0 for a raw key
     * @param salt the PBKDF2 salt, base64
     * @param keyCheck a known text sealed with the key, to tell a wrong key before reading any part
     */
    public record Seal(String cipher, String kdf, int iterations, String salt, String keyCheck) {}

    /**
     * One part of the backup.
     *
     * @param name the part, such as {@code cases}; its entry is {@code cases.jsonl}
     * @param records how many lines (records) it holds
     * @param sha256 the SHA-256 of the entry's bytes, lower-case hex
     */
    public record PartDigest(String name, long records, String sha256) {}
}
