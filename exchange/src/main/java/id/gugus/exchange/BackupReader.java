package id.gugus.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.common.io.BaseEncoding;
import id.gugus.error.ValidationException;
import id.gugus.json.GugusJson;
import id.gugus.json.JsonRule;
import id.gugus.validation.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.crypto.AEADBadTagException;

/**
 * Reads a backup: the manifest first (the zip's central directory gives random access to it),
 * then each part line by line, handing records to a {@link Records} sink in batches and checking,
 * at the end of each part, its count and SHA-256 against the manifest. Memory holds one batch.
 * Every way a file can be wrong ends in a {@link ValidationException} with a {@link BackupRule}.
 */
final class BackupReader {
    static final int BATCH = 500;

    /** What happens to the records read. */
    @FunctionalInterface
    interface Records {
        /** A batch of records of {@code part}; {@code firstLine} is the line number of the first. */
        void accept(Part part, List<Object> records, long firstLine);
    }

    private final Path file;
    private final String name;
    private final Progress progress;

    BackupReader(Path file, Progress progress) {
        this.file = file;
        this.name = String.valueOf(file.getFileName());
        this.progress = progress;
    }

    String name() {
        return name;
    }

    /**
     * Reads the whole backup; {@code sealing} opens sealed lines. A sealed backup read without its
     * key is refused ({@code BACKUP-KEY}) if {@code keyRequired}, else read for digests and counts
     * only, without parsing a record.
     */
    BackupManifest read(Sealing sealing, Records sink, boolean keyRequired) {
        try (ZipFile zip = open()) {
            BackupManifest manifest = manifest(zip);
            LineSeal lines = null;
            boolean parse = true;
            if (manifest.personalData()) {
                if (sealing.sealsPersonalData() || keyRequired) {
                    lines = openWith(manifest, sealing);
                } else {
                    parse = false;
                }
            }
            for (Part part : Part.values()) {
                readPart(zip, manifest, part, lines, parse ? sink : null);
            }
            return manifest;
        } catch (ZipException e) {
            throw BackupFailures.damaged(name, e);
        } catch (IOException e) {
            throw BackupFailures.damaged(name, e);
        }
    }

    private ZipFile open() throws IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // Some JDKs refuse an entry name that is not UTF-8 this way rather than with a ZipException.
            throw new ZipException("an entry name is not UTF-8");
        }
    }

    private BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw BackupFailures.format(name, "no " + BackupManifest.ENTRY);
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = GugusJson.mapper().readValue(in, BackupManifest.class);
        } catch (JsonProcessingException e) {
            throw BackupFailures.format(name, "a manifest that is not one (" + GugusJson.translate(e).violations().get(0).ruleId() + ")");
        }
        if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() != BackupManifest.FORMAT_VERSION
                || manifest.schemaVersion() != BackupManifest.SCHEMA_VERSION) {
            throw BackupFailures.format(name, manifest.format() + " " + manifest.formatVersion() + ", schema "
                    + manifest.schemaVersion());
        }
        if (manifest.personalData() && manifest.sealing() == null) {
            throw BackupFailures.format(name, "personal data without sealing");
        }
        return manifest;
    }

    private LineSeal openWith(BackupManifest manifest, Sealing sealing) {
        if (!sealing.sealsPersonalData()) {
            throw BackupFailures.key(name, false);
        }
        BackupManifest.Seal seal = manifest.sealing();
        byte[] salt;
        try {
            salt = Base64.getDecoder().decode(seal.salt());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw BackupFailures.format(name, "a salt that is not base64");
        }
        LineSeal lines = new LineSeal(sealing.keyFor(seal.kdf(), salt, seal.iterations()));
        try {
            if (!BackupWriter.KEY_CHECK.equals(lines.open(seal.keyCheck(), BackupWriter.KEY_CHECK_AT))) {
                throw BackupFailures.key(name, true);
            }
        } catch (AEADBadTagException | NullPointerException e) {
            throw BackupFailures.key(name, true);
        }
        return lines;
    }

    private void readPart(ZipFile zip, BackupManifest manifest, Part part, LineSeal lines, Records sink) throws IOException {
        BackupManifest.PartDigest expected = manifest.part(part.label())
                .orElseThrow(() -> BackupFailures.digest(name, part, 2, "", ""));
        ZipEntry entry = zip.getEntry(part.entryName());
        if (entry == null) {
            throw BackupFailures.digest(name, part, 2, "", "");
        }
        MessageDigest sha256 = BackupWriter.sha256();
        ObjectReader json = GugusJson.mapperWithPersonalData().readerFor(part.type());
        long count = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new DigestInputStream(zip.getInputStream(entry), sha256), StandardCharsets.UTF_8))) {
            List<Object> batch = new ArrayList<>(BATCH);
            long first = 1;
            String line;
            while ((line = in.readLine()) != null) {
                count++;
                if (sink != null) {
                    batch.add(record(json, part, count, line, lines));
                    if (batch.size() == BATCH) {
                        sink.accept(part, batch, first);
                        batch = new ArrayList<>(BATCH);
                        first = count + 1;
                    }
                }
                if (count % BATCH == 0) {
                    progress.update(part.label(), count, expected.records());
                }
            }
            if (!batch.isEmpty()) {
                sink.accept(part, batch, first);
            }
        }
        progress.update(part.label(), count, expected.records());
        String found = BaseEncoding.base16().lowerCase().encode(sha256.digest());
        if (!found.equals(expected.sha256())) {
            throw BackupFailures.digest(name, part, 0, expected.sha256(), found);
        }
        if (count != expected.records()) {
            throw BackupFailures.digest(name, part, 1, expected.records(), count);
        }
    }

    private Object record(ObjectReader json, Part part, long line, String text, LineSeal lines) {
        String plain = text;
        if (lines != null) {
            try {
                plain = lines.open(text, BackupWriter.where(part, line));
            } catch (AEADBadTagException e) {
                // The key opened the manifest's check: this line was changed or moved.
                throw BackupFailures.damaged(name, new ZipException(part.entryName() + " line " + line
                        + " does not open under the backup's key (changed or moved)"));
            }
        }
        try {
            Object record = json.readValue(plain);
            if (record == null) {
                throw BackupFailures.record(name, part, line,
                        id.gugus.validation.Violations.of(Violation.of(JsonRule.MISSING, "$")));
            }
            return record;
        } catch (JsonProcessingException e) {
            throw BackupFailures.record(name, part, line, violations(GugusJson.translate(e)));
        } catch (ValidationException e) {
            throw BackupFailures.record(name, part, line, violations(e));
        }
    }

    private static id.gugus.validation.Violations violations(ValidationException e) {
        return id.gugus.validation.Violations.of(e.violations());
    }
}
