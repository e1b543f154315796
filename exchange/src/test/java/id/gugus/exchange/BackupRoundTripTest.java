package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Nik;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.PageRequest;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.ValidationException;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.SevenCases;
import id.gugus.storage.tck.TckFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole store backed up and restored in memory: what comes back, and who may make a backup. */
class BackupRoundTripTest {
    static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 7 + 1);
        }
    }

    @TempDir
    Path dir;
    InMemoryBackend source;

    @BeforeEach
    void seed() {
        source = new InMemoryBackend();
        ExchangeWorld.seed(source, 40);
    }

    @Test
    void aSealedBackupRestoresTheSameStoreWithPersonalData() {
        Path file = dir.resolve("kalbar.zip");
        StoreDigest before = StoreDigest.of(source, Progress.NONE);
        BackupManifest manifest = StoreBackup.write(source, Actor.SYSTEM, TckFixtures.CLOCK, Sealing.key(KEY), file,
                Progress.NONE);
        assertThat(manifest.personalData()).isTrue();
        assertThat(manifest.count("cases")).isEqualTo(before.count("cases")).isEqualTo(47);
        assertThat(manifest.count("jurisdictions")).isEqualTo(TckFixtures.AREA_COUNT);

        InMemoryBackend target = new InMemoryBackend();
        StoreBackup.restore(file, Sealing.key(KEY), target, TckFixtures.CLOCK, Progress.NONE);

        // The source's digest after the backup: the backup audited its reads of personal data.
        assertThat(StoreDigest.of(target, Progress.NONE)).isEqualTo(StoreDigest.of(source, Progress.NONE));
        TraffickingCase a = target.cases().withVictimNik(Nik.of(SevenCases.A1_NIK)).get(0);
        assertThat(a.victims()).anyMatch(v -> SevenCases.A1_NAME.equals(v.personal().shownName()));
        assertThat(a).isEqualTo(source.cases().find(a.id()).orElseThrow());
    }

    @Test
    void eachCaseWhosePersonalDataIsExportedIsAuditedAsReadByTheActor() {
        Actor operator = Actor.national("ops/backup", Role.SYSTEM);
        StoreBackup.write(source, operator, TckFixtures.CLOCK, Sealing.key(KEY), dir.resolve("b.zip"), Progress.NONE);
        List<AuditEntry> reads = new ArrayList<>();
        source.audit().query(AuditQuery.all().byActor("ops/backup"), PageRequest.first(1000)).items().forEach(reads::add);
        assertThat(reads).hasSize(47).allMatch(e -> e.action() == AuditAction.READ_PERSONAL_DATA
                && e.aggregateType().equals("Case"));
    }

    @Test
    void aBackupWithoutPersonalDataHoldsNoneAndRestoresRedactedCases() throws Exception {
        Path file = dir.resolve("open.zip");
        BackupManifest manifest = StoreBackup.write(source, Actor.SYSTEM, TckFixtures.CLOCK, Sealing.withoutPersonalData(),
                file, Progress.NONE);
        assertThat(manifest.personalData()).isFalse();
        assertThat(manifest.sealing()).isNull();
        String all = zipText(file);
        assertThat(all).doesNotContain(SevenCases.A1_NIK).doesNotContain(SevenCases.A1_NAME);

        InMemoryBackend target = new InMemoryBackend();
        StoreBackup.restore(file, Sealing.withoutPersonalData(), target, TckFixtures.CLOCK, Progress.NONE);
        assertThat(target.cases().count(CaseQuery.all())).isEqualTo(47);
        assertThat(target.cases().query(CaseQuery.all(), PageRequest.first(100)).items())
                .noneMatch(TraffickingCase::holdsPersonalData);
    }

    @Test
    void aSealedBackupShowsNoPersonalDataInTheFile() throws Exception {
        Path file = dir.resolve("sealed.zip");
        StoreBackup.write(source, Actor.SYSTEM, TckFixtures.CLOCK, Sealing.key(KEY), file, Progress.NONE);
        assertThat(zipText(file)).doesNotContain(SevenCases.A1_NIK).doesNotContain(SevenCases.A1_NAME);
    }

    @Test
    void personalDataNeedsThePermissionAndTheRefusalIsAudited() {
        Actor admin = Actor.national("kemenpppa/admin", Role.ADMINISTRATOR);
        assertThatThrownBy(() -> StoreBackup.write(source, admin, TckFixtures.CLOCK, Sealing.key(KEY),
                dir.resolve("no.zip"), Progress.NONE)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("ACCESS-PERMISSION").hasMessageContaining("READ_PERSONAL_DATA");
        assertThat(dir.resolve("no.zip")).doesNotExist();
        assertThat(source.audit().query(AuditQuery.all().byActor("kemenpppa/admin"), PageRequest.first(10)).items())
                .singleElement().satisfies(e -> assertThat(e.rule()).isEqualTo("ACCESS-PERMISSION"));
        // Without personal data the administrator may: it reads cases, coordination and the audit log.
        StoreBackup.write(source, admin, TckFixtures.CLOCK, Sealing.withoutPersonalData(), dir.resolve("open.zip"),
                Progress.NONE);
        assertThat(dir.resolve("open.zip")).exists();
    }

    @Test
    void aWholeStoreBackupNeedsNationalScope() {
        Actor provincial = Actor.of("kalbar/admin", TckFixtures.KALBAR, Role.ADMINISTRATOR);
        assertThatThrownBy(() -> StoreBackup.write(source, provincial, TckFixtures.CLOCK, Sealing.withoutPersonalData(),
                dir.resolve("no.zip"), Progress.NONE)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("ACCESS-SCOPE");
    }

    @Test
    void aRestoreGoesIntoAnEmptyStoreOnly() {
        Path file = dir.resolve("b.zip");
        StoreBackup.write(source, Actor.SYSTEM, TckFixtures.CLOCK, Sealing.key(KEY), file, Progress.NONE);
        long casesBefore = source.cases().count(CaseQuery.all());
        assertThatThrownBy(() -> StoreBackup.restore(file, Sealing.key(KEY), source, TckFixtures.CLOCK, Progress.NONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("BACKUP-TARGET-NOT-EMPTY");
        assertThat(source.cases().count(CaseQuery.all())).isEqualTo(casesBefore);
    }

    @Test
    void progressIsReportedPerPartUpToTheTotal() {
        List<String> seen = new ArrayList<>();
        StoreBackup.write(source, Actor.SYSTEM, TckFixtures.CLOCK, Sealing.key(KEY), dir.resolve("p.zip"),
                (part, done, total) -> seen.add(part + " " + done + "/" + total));
        assertThat(seen).contains("cases 47/47", "jurisdictions " + TckFixtures.AREA_COUNT + "/" + TckFixtures.AREA_COUNT);
    }

    @Test
    void aBackupThatFailsPartWayLeavesNoFile() {
        Path file = dir.resolve("half.zip");
        id.gugus.spi.StorageBackend broken = new id.gugus.spi.ForwardingStorageBackend() {
            @Override
            protected id.gugus.spi.StorageBackend delegate() {
                return source;
            }

            @Override
            public id.gugus.spi.MeetingStorage meetings() {
                throw new id.gugus.error.StorageException("connection lost");
            }
        };
        assertThatThrownBy(() -> StoreBackup.write(broken, Actor.SYSTEM, TckFixtures.CLOCK, Sealing.key(KEY), file,
                Progress.NONE)).hasMessageContaining("connection lost");
        assertThat(file).doesNotExist();
    }

    static String zipText(Path file) throws Exception {
        StringBuilder all = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                all.append(new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    static byte[] bytes(Path file) throws Exception {
        return Files.readAllBytes(file);
    }
}
