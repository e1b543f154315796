package id.gugus.exchange;

import id.gugus.testing.ServerDatabase;
import id.gugus.cases.TraffickingCase;
import id.gugus.security.Actor;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.tck.RandomCases;
import id.gugus.storage.tck.TckFixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: times a backup and a restore of N random cases (argument, default 10,000) on
 * PostgreSQL and reports the heap's high-water mark of each (the peak of the heap pools, reset
 * before each phase after a GC). Run with a small heap to see that memory does not grow with N:
 *
 * <pre>
 * MAVEN_OPTS=-Xmx256m mvn -B -q -pl exchange -am test-compile exec:java -Dexchange.benchmark=run -Dexec.args=100000
 * </pre>
 */
public final class BackupBenchmark {
    private BackupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Sealing key = Sealing.key(BackupRoundTripTest.KEY);
        Path file = Files.createTempFile("gugus-bench", ".zip");
        Files.delete(file);
        try (ServerDatabase source = ServerDatabase.create(ServerDatabase.Kind.POSTGRES);
                ServerDatabase target = ServerDatabase.create(ServerDatabase.Kind.POSTGRES)) {
            JdbcBackend from = source.backend();
            ExchangeWorld.seed(from, 0);
            long t0 = System.nanoTime();
            RandomCases random = new RandomCases(42);
            for (int done = 0; done < n; done += 500) {
                List<TraffickingCase> chunk = random.cases("LP/B" + done, Math.min(500, n - done));
                from.inUnitOfWork(() -> {
                    chunk.forEach(c -> from.cases().insert(c.withVersion(1)));
                    return null;
                });
            }
            System.out.printf("loaded %,d cases (+7) in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

            resetPeak();
            t0 = System.nanoTime();
            BackupManifest m = StoreBackup.write(from, Actor.SYSTEM, TckFixtures.CLOCK, key, file, Progress.NONE);
            System.out.printf("backup: %,d cases, %,d audit entries, %,d bytes in %.1f s; heap high-water %,d MB%n",
                    m.count("cases"), m.count("audit"), Files.size(file), (System.nanoTime() - t0) / 1e9, peakMb());

            resetPeak();
            t0 = System.nanoTime();
            StoreBackup.verify(file, key, Progress.NONE);
            System.out.printf("verify: %.1f s; heap high-water %,d MB%n", (System.nanoTime() - t0) / 1e9, peakMb());

            resetPeak();
            t0 = System.nanoTime();
            StoreBackup.restore(file, key, target.backend(), TckFixtures.CLOCK, Progress.NONE);
            System.out.printf("restore: %.1f s; heap high-water %,d MB (max heap %,d MB)%n", (System.nanoTime() - t0) / 1e9,
                    peakMb(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("digests equal: " + StoreDigest.of(target.backend(), Progress.NONE)
                    .equals(StoreDigest.of(from, Progress.NONE)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
