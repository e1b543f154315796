package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.gugus.cases.CaseQuery;
import id.gugus.error.ValidationException;
import id.gugus.security.Actor;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.TckFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The backup reader is a parser of untrusted files: whatever bytes it is given, it either reads a
 * backup or refuses with a BACKUP rule, and a refused restore stores nothing. The line seal opens
 * exactly what it sealed, at the place it sealed it.
 */
class BackupFileProperties {
    private static final byte[] BACKUP = sampleBackup();
    private static final LineSeal SEAL = new LineSeal(new SecretKeySpec(BackupRoundTripTest.KEY, "AES"));

    @Property(tries = 200)
    void aSealedLineOpensOnlyAtItsPlace(@ForAll @StringLength(max = 300) String text, @ForAll("places") String place,
            @ForAll("places") String other) throws AEADBadTagException {
        String sealed = SEAL.seal(text, place);
        assertThat(SEAL.open(sealed, place)).isEqualTo(text);
        if (!other.equals(place)) {
            assertThat(catchThrowable(() -> SEAL.open(sealed, other))).isInstanceOf(AEADBadTagException.class);
        }
    }

    @Property(tries = 200)
    void aChangedSealedLineDoesNotOpen(@ForAll @StringLength(min = 1, max = 100) String text,
            @ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll("places") String place) throws Exception {
        char[] sealed = SEAL.seal(text, place).toCharArray();
        int i = at % sealed.length;
        sealed[i] = sealed[i] == 'A' ? 'B' : 'A';
        // Either it is no longer base64, or the tag no longer matches: never another text. A change
        // in the unused low bits of base64's last character before the padding decodes to the same
        // bytes, so that line still opens, to the same text (jqwik found such a case).
        String changed = new String(sealed);
        Throwable thrown = catchThrowable(() -> SEAL.open(changed, place));
        if (thrown == null) {
            assertThat(SEAL.open(changed, place)).isEqualTo(text);
        } else {
            assertThat(thrown).isInstanceOf(AEADBadTagException.class);
        }
    }

    @Property(tries = 40)
    void aTruncatedBackupIsRefusedAndNothingStored(@ForAll @IntRange(min = 0, max = 1_000_000) int cut) {
        byte[] truncated = Arrays.copyOf(BACKUP, cut % BACKUP.length);
        refusedWithABackupRule(truncated);
    }

    @Property(tries = 40)
    void aBackupWithAChangedByteIsRefusedOrReadUnchanged(@ForAll @IntRange(min = 0, max = 1_000_000) int at,
            @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] changed = BACKUP.clone();
        changed[at % changed.length] ^= (byte) xor;
        Path file = write(changed);
        InMemoryBackend target = new InMemoryBackend();
        Throwable thrown = catchThrowable(() -> StoreBackup.restore(file, Sealing.key(BackupRoundTripTest.KEY), target,
                TckFixtures.CLOCK, Progress.NONE));
        if (thrown == null) {
            // A byte of the zip's own bookkeeping that no reader needs (a time stamp, a comment length).
            assertThat(StoreDigest.of(target, Progress.NONE).count("cases")).isEqualTo(9);
        } else {
            assertThat(thrown).isInstanceOf(ValidationException.class);
            assertThat(((ValidationException) thrown).violations().get(0).ruleId()).startsWith("BACKUP-");
            assertThat(target.cases().count(CaseQuery.all())).isZero();
            assertThat(target.jurisdictions().count()).isZero();
        }
    }

    @Property(tries = 40)
    void randomBytesAreNoBackup(@ForAll("bytes") byte[] bytes) {
        refusedWithABackupRule(bytes);
    }

    @Provide
    Arbitrary<String> places() {
        return Arbitraries.of(Part.values()).flatMap(p -> Arbitraries.longs().between(1, 1000)
                .map(n -> BackupWriter.where(p, n)));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    private static void refusedWithABackupRule(byte[] bytes) {
        Path file = write(bytes);
        InMemoryBackend target = new InMemoryBackend();
        Throwable thrown = catchThrowable(() -> StoreBackup.restore(file, Sealing.key(BackupRoundTripTest.KEY), target,
                TckFixtures.CLOCK, Progress.NONE));
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown).violations().get(0).ruleId()).startsWith("BACKUP-");
        assertThat(target.cases().count(CaseQuery.all())).isZero();
        assertThat(target.jurisdictions().count()).isZero();
    }

    private static Path write(byte[] bytes) {
        try {
            Path file = Files.createTempFile("gugus-backup", ".zip");
            file.toFile().deleteOnExit();
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sampleBackup() {
        try {
            InMemoryBackend source = new InMemoryBackend();
            ExchangeWorld.seed(source, 2);
            Path file = Files.createTempFile("gugus-sample", ".zip");
            Files.delete(file);
            file.toFile().deleteOnExit();
            StoreBackup.write(source, Actor.SYSTEM, TckFixtures.CLOCK, Sealing.key(BackupRoundTripTest.KEY), file,
                    Progress.NONE);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
