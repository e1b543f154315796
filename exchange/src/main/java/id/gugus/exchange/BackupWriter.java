package id.gugus.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.ImmutableList;
import com.google.common.io.BaseEncoding;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.cases.TraffickingCase;
import id.gugus.json.GugusJson;
import id.gugus.security.Actor;
import id.gugus.spi.StorageBackend;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.crypto.SecretKey;

/**
 * Writes one backup: each {@link Part} as a zip entry of JSON lines, entry by entry and line by
 * line as the {@link StoreWalk} reads them, then the manifest. Each page of cases with personal
 * data is audited as read by the actor, one entry per case (as the store audits any read of
 * personal data), before it is written out.
 */
final class BackupWriter {
    static final String KEY_CHECK = "gugus-backup-key-check";
    static final String KEY_CHECK_AT = "manifest:key-check";

    private final StorageBackend source;
    private final Actor actor;
    private final Clock clock;
    private final Sealing sealing;
    private final Progress progress;
    private final ObjectWriter json = GugusJson.mapperWithPersonalData().writer();

    BackupWriter(StorageBackend source, Actor actor, Clock clock, Sealing sealing, Progress progress) {
        this.source = source;
        this.actor = actor;
        this.clock = clock;
        this.sealing = sealing;
        this.progress = progress;
    }

    BackupManifest write(OutputStream out) throws IOException {
        BackupManifest.Seal seal = null;
        LineSeal lines = null;
        if (sealing.sealsPersonalData()) {
            byte[] salt = LineSeal.randomBytes(16);
            int iterations = Sealing.KDF_RAW.equals(sealing.kdf()) ? 0 : Sealing.ITERATIONS;
            SecretKey key = sealing.keyFor(sealing.kdf(), salt, iterations);
            lines = new LineSeal(key);
            seal = new BackupManifest.Seal(LineSeal.CIPHER, sealing.kdf(), iterations,
                    Base64.getEncoder().encodeToString(salt), lines.seal(KEY_CHECK, KEY_CHECK_AT));
        }
        String createdAt = clock.instant().toString();
        StoreWalk walk = new StoreWalk(source);
        List<BackupManifest.PartDigest> parts = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(new NotClosingStream(out), StandardCharsets.UTF_8);
        for (Part part : Part.values()) {
            zip.putNextEntry(new ZipEntry(part.entryName()));
            PartOut partOut = new PartOut(part, zip, lines, walk.expected(part));
            walk.walk(part, partOut::batch);
            zip.closeEntry();
            parts.add(partOut.digest());
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
                LibraryVersion.get(), BackupManifest.SCHEMA_VERSION, createdAt, sealing.sealsPersonalData(), seal,
                ImmutableList.copyOf(parts));
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        zip.write(GugusJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    /** One part being written: its lines, count and digest. */
    private final class PartOut {
        private final Part part;
        private final ZipOutputStream zip;
        private final LineSeal lines;
        private final long total;
        private final MessageDigest sha256 = sha256();
        private long count;

        PartOut(Part part, ZipOutputStream zip, LineSeal lines, long total) {
            this.part = part;
            this.zip = zip;
            this.lines = lines;
            this.total = total;
        }

        void batch(List<?> records) {
            if (part == Part.CASES && lines != null) {
                auditRead(records);
            }
            try {
                for (Object record : records) {
                    Object written = part == Part.CASES && lines == null
                            ? ((TraffickingCase) record).withoutPersonalData() : record;
                    count++;
                    String text = json.writeValueAsString(written);
                    String line = (lines == null ? text : lines.seal(text, where(part, count))) + "\n";
                    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                    sha256.update(bytes);
                    zip.write(bytes);
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a " + part.label() + " record as JSON", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the backup", e);
            }
            progress.update(part.label(), count, total);
        }

        private void auditRead(List<?> records) {
            List<AuditEntry> reads = new ArrayList<>();
            for (Object record : records) {
                TraffickingCase c = (TraffickingCase) record;
                if (c.holdsPersonalData()) {
                    reads.add(AuditEntry.allowed(clock.instant(), actor.id(), AuditAction.READ_PERSONAL_DATA,
                            StoreBackup.CASE, c.id(), c.version(), c.registeredIn()));
                }
            }
            if (!reads.isEmpty()) {
                source.audit().append(reads);
            }
        }

        BackupManifest.PartDigest digest() {
            return new BackupManifest.PartDigest(part.label(), count, BaseEncoding.base16().lowerCase().encode(sha256.digest()));
        }
    }

    /** The associated data of a sealed line: its part and line number (from 1). */
    static String where(Part part, long line) {
        return part.label() + ":" + line;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
