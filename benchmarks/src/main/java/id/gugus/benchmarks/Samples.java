package id.gugus.benchmarks;

import java.util.Arrays;

/** Durations of repeated operations, in nanoseconds: their median, and how many per second they add up to. */
final class Samples {
    private long[] nanos = new long[16];
    private int size;
    private long items;

    /** Times one operation that handles {@code count} items (cases, areas). */
    void time(long count, Runnable operation) {
        long start = System.nanoTime();
        operation.run();
        add(System.nanoTime() - start, count);
    }

    void add(long elapsedNanos, long count) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
        items += count;
    }

    int size() {
        return size;
    }

    /** The median duration of one operation, in milliseconds. */
    double medianMillis() {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        double median = size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2.0;
        return median / 1e6;
    }

    /** Items per second over all samples together. */
    double perSecond() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += nanos[i];
        }
        return items / (total / 1e9);
    }
}
