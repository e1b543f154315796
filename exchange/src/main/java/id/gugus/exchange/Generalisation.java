package id.gugus.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The choice of generalisation levels for {@link CtdcMicrodata}: a greedy full-domain
 * generalisation with local suppression. Start with every {@link QuasiIdentifier} at level 0 and
 * group the victims into equivalence classes (same text for every quasi-identifier). While more
 * victims than the suppression limit sit in classes smaller than k, raise by one level the
 * quasi-identifier whose raising leaves the fewest victims in such classes (ties: the one that
 * stays least generalised as a share of its hierarchy, then the first in {@link QuasiIdentifier}
 * order). Then walk back down: lower each attribute again while the limit still holds, since a
 * raise may have been needed only until a later one made it redundant. The victims still in
 * classes smaller than k are suppressed (their quasi-identifiers written empty).
 *
 * <p>Full-domain: one level per attribute for the whole file, so that a reader knows what a text
 * means without knowing whose row it is. Datafly (Sweeney) raises the attribute with the most
 * distinct values instead; on the Kalimantan Barat data that left two classes in the file, where
 * this choice keeps the country of exploitation and the exploitation type. An exhaustive search
 * of all 4,608 combinations for the least discernibility (Bayardo and Agrawal) was tried on the
 * same data and kept no more detail, at a cost that grows with the lattice; the greedy walk does at
 * most the sum of the hierarchies' heights (17) raises, each trying 7 attributes over the distinct tuples.
 *
 * <p>Memory: one {@link Tuple} per victim, an object holding a seven-element array of
 * references (about 64 bytes with compressed references, and 4 more in the list); the texts are
 * computed once per distinct value and shared. Then, while choosing, a count per distinct tuple
 * and the class counts of one candidate.
 */
final class Generalisation {
    private final List<Tuple> tuples = new ArrayList<>();
    /** Per attribute: a raw text to its texts at every level, then the raw text itself; shared by every victim with that value. */
    private final List<Map<String, String[]>> texts = new ArrayList<>();

    Generalisation() {
        for (int i = 0; i < QuasiIdentifier.values().length; i++) {
            texts.add(new HashMap<>());
        }
    }

    /**
     * One victim's quasi-identifiers: per attribute, in {@link QuasiIdentifier} order, the texts
     * at every level followed by the raw text (an array shared by every victim with that value).
     */
    record Tuple(String[][] values) {
        /** The texts at {@code levels}, joined into one key of the victim's equivalence class. */
        String key(int[] levels) {
            StringBuilder b = new StringBuilder(64);
            for (int i = 0; i < values.length; i++) {
                b.append(values[i][levels[i]]).append('\u001f');
            }
            return b.toString();
        }

        /** The raw text of attribute {@code i}. */
        String raw(int i) {
            return values[i][values[i].length - 1];
        }

        /** Whether {@code raw} holds this tuple's raw texts. */
        boolean sameAs(String[] raw) {
            for (int i = 0; i < values.length; i++) {
                if (!raw(i).equals(raw[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Tuple t)) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (!raw(i).equals(t.raw(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int i = 0; i < values.length; i++) {
                h = 31 * h + raw(i).hashCode();
            }
            return h;
        }

        @Override
        public String toString() {
            return "Tuple of " + values.length + " quasi-identifiers";
        }
    }

    /** Adds a victim's raw texts, sharing the texts of equal values between victims; returns the tuple held. */
    Tuple add(String[] raw) {
        QuasiIdentifier[] qs = QuasiIdentifier.values();
        String[][] values = new String[raw.length][];
        for (QuasiIdentifier q : qs) {
            values[q.ordinal()] = texts.get(q.ordinal()).computeIfAbsent(raw[q.ordinal()], r -> {
                String[] all = new String[q.top() + 2];
                for (int level = 0; level <= q.top(); level++) {
                    all[level] = q.text(r, level);
                }
                all[q.top() + 1] = r;
                return all;
            });
        }
        Tuple t = new Tuple(values);
        tuples.add(t);
        return t;
    }

    /** The tuple of the {@code index}-th victim added. */
    Tuple get(int index) {
        return tuples.get(index);
    }

    int size() {
        return tuples.size();
    }

    /**
     * The levels and the classes to suppress, for {@code k} and at most {@code maxSuppressed} of
     * the victims suppressed.
     *
     * @param levels the levels chosen, in {@link QuasiIdentifier} order
     * @param smallClasses the keys of the classes still smaller than k at those levels: their victims are suppressed
     * @param suppressed how many victims those classes hold
     */
    record Plan(int[] levels, Set<String> smallClasses, long suppressed) {
        boolean suppresses(Tuple tuple) {
            return smallClasses.contains(tuple.key(levels));
        }
    }

    Plan plan(int k, long maxSuppressed) {
        Map<Tuple, Integer> distinct = new HashMap<>();
        tuples.forEach(t -> distinct.merge(t, 1, Integer::sum));
        QuasiIdentifier[] qs = QuasiIdentifier.values();
        int[] levels = new int[qs.length];
        long suppressed = suppressed(distinct, levels, k);
        // Up: raise the attribute whose next level leaves the fewest victims suppressed.
        while (suppressed > maxSuppressed) {
            int best = -1;
            long fewest = Long.MAX_VALUE;
            for (QuasiIdentifier q : qs) {
                if (levels[q.ordinal()] == q.top()) {
                    continue;
                }
                levels[q.ordinal()]++;
                long after = suppressed(distinct, levels, k);
                levels[q.ordinal()]--;
                if (after < fewest || after == fewest && lessGeneralised(q, qs[best], levels)) {
                    fewest = after;
                    best = q.ordinal();
                }
            }
            if (best < 0) {
                break; // every attribute at its top: one class of all victims, smaller than k
            }
            levels[best]++;
            suppressed = fewest;
        }
        // Down: a greedy step may have been needed only until a later one; take back what the bound allows.
        for (int i = qs.length - 1; i >= 0; i--) {
            while (levels[i] > 0) {
                levels[i]--;
                long after = suppressed(distinct, levels, k);
                if (after > maxSuppressed) {
                    levels[i]++;
                    break;
                }
                suppressed = after;
            }
        }
        return new Plan(levels, smallClasses(distinct, levels, k), suppressed);
    }

    /** Whether raising {@code q} keeps it lower, as a share of its hierarchy, than raising {@code other}: detail is kept evenly. */
    private static boolean lessGeneralised(QuasiIdentifier q, QuasiIdentifier other, int[] levels) {
        return (levels[q.ordinal()] + 1) * other.top() < (levels[other.ordinal()] + 1) * q.top();
    }

    private static Map<String, Integer> classes(Map<Tuple, Integer> distinct, int[] levels) {
        Map<String, Integer> classes = new HashMap<>();
        distinct.forEach((t, n) -> classes.merge(t.key(levels), n, Integer::sum));
        return classes;
    }

    private static long suppressed(Map<Tuple, Integer> distinct, int[] levels, int k) {
        return classes(distinct, levels).values().stream().filter(n -> n < k).mapToLong(Integer::longValue).sum();
    }

    private static Set<String> smallClasses(Map<Tuple, Integer> distinct, int[] levels, int k) {
        Set<String> small = new HashSet<>();
        classes(distinct, levels).forEach((key, n) -> {
            if (n < k) {
                small.add(key);
            }
        });
        return small;
    }
}
