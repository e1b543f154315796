package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import id.gugus.cases.CaseQuery;
import id.gugus.error.ValidationException;
import id.gugus.security.Actor;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.SevenCases;
import id.gugus.storage.tck.TckFixtures;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a backup file can be wrong is refused with its rule, and a restore then leaves the
 * target empty.
 */
class DamagedBackupTest {
    static final byte[] KEY = BackupRoundTripTest.KEY;

    @TempDir
    Path dir;
    InMemoryBackend source;
    InMemoryBackend target;

    @BeforeEach
    void seed() {
        source = new InMemoryBackend();
        ExchangeWorld.seed(source, 10);
        target = new InMemoryBackend();
    }

    @Test
    void aTruncatedBackupIsDamaged() throws Exception {
        Path file = backup(Sealing.key(KEY));
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        refused(file, Sealing.key(KEY), "BACKUP-DAMAGED");
    }

    @Test
    void aFlippedByteInsideAPartIsDamagedOrADigestMismatch() throws Exception {
        Path file = backup(Sealing.key(KEY));
        byte[] all = Files.readAllBytes(file);
        all[all.length / 3] ^= 0x55;
        Files.write(file, all);
        ValidationException e = refused(file, Sealing.key(KEY), null);
        assertThat(e.violations().get(0).ruleId()).isIn("BACKUP-DAMAGED", "BACKUP-DIGEST");
    }

    @Test
    void aChangedLineWithTheOldManifestIsADigestMismatch() throws Exception {
        Path file = backup(Sealing.withoutPersonalData());
        rewrite(file, "agencies.jsonl", text -> text.replace("Kepolisian", "Kepolisan"), false);
        refused(file, Sealing.withoutPersonalData(), "BACKUP-DIGEST");
        assertThatThrownBy(() -> StoreBackup.verify(file, Sealing.withoutPersonalData(), Progress.NONE))
                .hasMessageContaining("agencies.jsonl");
    }

    @Test
    void aMissingPartIsADigestMismatch() throws Exception {
        Path file = backup(Sealing.withoutPersonalData());
        rewrite(file, "meetings.jsonl", null, false);
        refused(file, Sealing.withoutPersonalData(), "BACKUP-DIGEST");
    }

    @Test
    void aZipWithoutManifestIsNotABackup() throws Exception {
        Path file = backup(Sealing.withoutPersonalData());
        rewrite(file, BackupManifest.ENTRY, null, false);
        refused(file, Sealing.withoutPersonalData(), "BACKUP-FORMAT");
    }

    @Test
    void aWrongKeyOrNoKeyIsRefusedBeforeAnyPartIsRead() throws Exception {
        Path file = backup(Sealing.key(KEY));
        byte[] other = KEY.clone();
        other[0] ^= 1;
        refused(file, Sealing.key(other), "BACKUP-KEY");
        refused(file, Sealing.withoutPersonalData(), "BACKUP-KEY");
        refused(file, Sealing.passphrase("bukan kunci yang benar".toCharArray()), "BACKUP-KEY");
    }

    @Test
    void aPassphraseOpensWhatItSealedAndNoOtherDoes() throws Exception {
        Path file = backup(Sealing.passphrase("Pontianak khatulistiwa 0 derajat".toCharArray()));
        refused(file, Sealing.passphrase("Pontianak khatulistiwa 1 derajat".toCharArray()), "BACKUP-KEY");
        StoreBackup.restore(file, Sealing.passphrase("Pontianak khatulistiwa 0 derajat".toCharArray()), target,
                TckFixtures.CLOCK, Progress.NONE);
        assertThat(StoreDigest.of(target, Progress.NONE)).isEqualTo(StoreDigest.of(source, Progress.NONE));
    }

    @Test
    void aRecordThatBreaksARuleIsRefusedWithItsRuleAndLineAndNothingIsStored() throws Exception {
        Path file = backup(Sealing.withoutPersonalData());
        // A consistent file (manifest digest updated) whose third case was reported in the future.
        rewrite(file, "cases.jsonl", text -> {
            String[] lines = text.split("\n", -1);
            lines[2] = lines[2].replaceFirst("\"reportedOn\":\"\\d{4}-", "\"reportedOn\":\"2099-");
            return String.join("\n", lines);
        }, true);
        ValidationException e = refused(file, Sealing.withoutPersonalData(), "BACKUP-RECORD");
        assertThat(e.violations().get(0).path()).endsWith("cases.jsonl:3");
        assertThat(e.violations()).extracting(v -> v.ruleId()).contains("CASE-DATE-FUTURE");
        assertThatThrownBy(() -> StoreBackup.verify(file, Sealing.withoutPersonalData(), Progress.NONE))
                .hasMessageContaining("BACKUP-RECORD");
    }

    @Test
    void aLineThatIsNullOrEmptyOrAnotherTypeIsARecordError() throws Exception {
        for (String wrong : new String[] {"null", "", "[]", "{\"code\":\"61\",\"name\":\"Kalimantan Barat\"}"}) {
            Path file = backup(Sealing.withoutPersonalData());
            rewrite(file, "cases.jsonl", text -> wrong + "\n" + text.substring(text.indexOf('\n') + 1), true);
            ValidationException e = refused(file, Sealing.withoutPersonalData(), "BACKUP-RECORD");
            assertThat(e.violations().get(0).path()).as(wrong).endsWith("cases.jsonl:1");
            assertThat(e.violations()).as(wrong).hasSizeGreaterThan(1);
        }
    }

    @Test
    void aSealedLineMovedToAnotherPlaceDoesNotOpen() throws Exception {
        Path file = backup(Sealing.key(KEY));
        rewrite(file, "cases.jsonl", text -> {
            String[] lines = text.split("\n", -1);
            String first = lines[0];
            lines[0] = lines[1];
            lines[1] = first;
            return String.join("\n", lines);
        }, true);
        refused(file, Sealing.key(KEY), "BACKUP-DAMAGED");
    }

    @Test
    void verifyWithoutTheKeyChecksDigestsAndWithItEveryRecord() throws Exception {
        Path file = backup(Sealing.key(KEY));
        assertThat(StoreBackup.verify(file, Sealing.withoutPersonalData(), Progress.NONE).count("cases")).isEqualTo(17);
        assertThat(StoreBackup.verify(file, Sealing.key(KEY), Progress.NONE).personalData()).isTrue();
    }

    @Test
    void messagesNeverShowPersonalData() throws Exception {
        Path file = backup(Sealing.withoutPersonalData());
        // A woman's NIK with a man's day field (CASE-NIK-SEX) and her name, put into a consistent file.
        String[] nik = new String[1];
        rewrite(file, "cases.jsonl", text -> {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("\"personal\":\\{\"contacts\":\\[\\],\"documents\":\\[\\]\\},\"sex\":\"FEMALE\",\"birthDate\":\"\\d\\d(\\d\\d)-(\\d\\d)-(\\d\\d)\"")
                    .matcher(text);
            assertThat(m.find()).isTrue();
            nik[0] = "617102" + m.group(3) + m.group(2) + m.group(1) + "0001";
            String personal = "\"personal\":{\"name\":\"" + SevenCases.A1_NAME + "\",\"nik\":\"" + nik[0] + "\"}";
            return text.substring(0, m.start()) + personal
                    + text.substring(m.start() + "\"personal\":{\"contacts\":[],\"documents\":[]}".length());
        }, true);
        ValidationException e = refused(file, Sealing.withoutPersonalData(), "BACKUP-RECORD");
        assertThat(e.violations()).extracting(v -> v.ruleId()).contains("CASE-NIK-SEX");
        for (java.util.Locale language : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("id"))) {
            assertThat(e.getMessage(language)).doesNotContain(nik[0]).doesNotContain(SevenCases.A1_NAME)
                    .doesNotContain(nik[0].substring(6, 12));
        }
        assertThat(e.getMessage(java.util.Locale.forLanguageTag("id"))).contains("Tidak ada yang dipulihkan");
    }

    private Path backup(Sealing sealing) {
        Path file = dir.resolve("b" + System.nanoTime() + ".zip");
        StoreBackup.write(source, Actor.SYSTEM, TckFixtures.CLOCK, sealing, file, Progress.NONE);
        return file;
    }

    private ValidationException refused(Path file, Sealing sealing, String rule) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> StoreBackup.restore(file, sealing, target, TckFixtures.CLOCK, Progress.NONE));
        assertThat(thrown).isInstanceOf(ValidationException.class);
        ValidationException e = (ValidationException) thrown;
        if (rule != null) {
            assertThat(e.violations().get(0).ruleId()).isEqualTo(rule);
        }
        assertThat(target.cases().count(CaseQuery.all())).isZero();
        assertThat(target.jurisdictions().count()).isZero();
        return e;
    }

    /**
     * Rewrites one entry of the zip ({@code change} null: leaves it out); with {@code fixManifest}
     * the manifest gets the new digest, so only the record itself is wrong.
     */
    static void rewrite(Path file, String entry, UnaryOperator<String> change, boolean fixManifest) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                entries.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String before = entries.get(entry);
        if (change == null) {
            entries.remove(entry);
        } else {
            String after = change.apply(before);
            entries.put(entry, after);
            if (fixManifest) {
                String oldSha = Hashing.sha256().hashString(before, StandardCharsets.UTF_8).toString();
                String newSha = Hashing.sha256().hashString(after, StandardCharsets.UTF_8).toString();
                entries.put(BackupManifest.ENTRY, entries.get(BackupManifest.ENTRY).replace(oldSha, newSha));
            }
        }
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
