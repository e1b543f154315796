package id.gugus.benchmarks;

import id.gugus.benchmarks.CaseWorkload.RollUp;
import id.gugus.cases.CaseId;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the in-memory store at {@code cases} cases: the first page of 50 cases of a
 * province's subtree, read by a case worker (personal data, audited), and the province roll-up
 * by regency and exploitation type. Sampled, so that {@link MemoryRun} can report the median.
 * Each trial loads its own store in its own forked JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InMemoryStoreBenchmark {
    @Param("100000")
    public int cases;

    @Param("11")
    public long seed;

    private CaseWorkload store;
    private List<JurisdictionCode> provinces;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        SyntheticCases synthetic = new SyntheticCases(seed);
        store = MemoryRun.loaded(synthetic, cases);
        provinces = synthetic.provinces();
    }

    /** Provinces in turn, as the reads of the database runs. */
    private JurisdictionCode nextProvince() {
        JurisdictionCode p = provinces.get(next);
        next = (next + 1) % provinces.size();
        return p;
    }

    @Benchmark
    public List<CaseId> subtreePage() {
        return store.page(nextProvince(), DatabaseRun.PAGE_SIZE);
    }

    @Benchmark
    public RollUp provinceRollUp() {
        return store.rollUp(nextProvince());
    }
}
