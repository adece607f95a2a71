package io.mapchunk.analysis.reads;

import org.apache.flink.util.Preconditions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The client's side of a read sample: where to cut the reads (or pairs), ordered by key, for
 * {@code -n K}, {@code --fraction F} and {@code --bases B}. The keys of {@code -n} are a function
 * of the index only, so the cut is found without reading the file and in flat memory: a sweep over
 * every index counts the keys in 2^16 buckets of their top bits, a second collects the keys of the
 * bucket where the count reaches K (about N / 2^16 of them), and the K-th smallest of those is the
 * last one taken (measured: 200 million reads in 1.2 s on one core, against minutes for the passes
 * over such a file, so the sweeps run on one thread). {@code --bases} needs the reads' lengths:
 * {@link BasesCut} does the same with histograms the file's passes make.
 */
public final class SelectionPlanner {

    private static final int TOP_BITS = 16;

    /** A range of keys with at most this many reads is collected rather than cut into buckets. */
    static final long COLLECT_LIMIT = 1 << 20;

    private SelectionPlanner() {}

    /** Keys of {@code seed}, before any cut: what the counting passes of {@code --bases} use. */
    public static ReadSelection keys(long seed, boolean interleaved) {
        return new ReadSelection(ReadKeys.start(seed), 0, false, interleaved, 0);
    }

    /** The {@code k} of {@code units} reads (pairs) with the smallest keys; all when k >= units. */
    public static ReadSelection count(long seed, long units, long k, boolean interleaved) {
        long start = ReadKeys.start(seed);
        if (k >= units) {
            return new ReadSelection(start, 0, true, interleaved, units);
        }
        if (k <= 0) {
            return new ReadSelection(start, 0, false, interleaved, 0);
        }
        long[] buckets = new long[1 << TOP_BITS];
        for (long i = 0; i < units; i++) {
            buckets[(int) (ReadKeys.key(start, i) >>> (64 - TOP_BITS))]++;
        }
        int bucket = 0;
        long below = 0;
        while (below + buckets[bucket] < k) {
            below += buckets[bucket++];
        }
        long[] keys = new long[Math.toIntExact(buckets[bucket])];
        int found = 0;
        for (long i = 0; i < units; i++) {
            long key = ReadKeys.key(start, i);
            if ((int) (key >>> (64 - TOP_BITS)) == bucket) {
                keys[found++] = key;
            }
        }
        Arrays.sort(keys); // one bucket: the same top bits, so signed order is unsigned order
        long last = keys[(int) (k - below - 1)];
        return new ReadSelection(start, last + 1, last == -1L, interleaved, k);
    }

    /**
     * Each read (pair) with probability {@code fraction}: its key below fraction * 2^64. The
     * number taken is random (binomial), as with {@code seqtk sample} and a fraction; it is counted
     * by one more sweep over the keys.
     */
    public static ReadSelection fraction(long seed, long units, double fraction,
            boolean interleaved) {
        long start = ReadKeys.start(seed);
        if (fraction >= 1) {
            return new ReadSelection(start, 0, true, interleaved, units);
        }
        long cut = new BigDecimal(fraction).multiply(new BigDecimal(2).pow(64))
                .setScale(0, RoundingMode.CEILING).toBigInteger().longValue();
        long taken = 0;
        for (long i = 0; i < units; i++) {
            if (Long.compareUnsigned(ReadKeys.key(start, i), cut) < 0) {
                taken++;
            }
        }
        return new ReadSelection(start, cut, false, interleaved, taken);
    }

    /**
     * The cut of {@code --bases B}: the reads (pairs) in key order up to the first at which their
     * bases reach B (all of them when the file has fewer). Fed with the histogram of
     * {@link #range()} ({@link KeyHistogramAnalysis}) until {@link #narrow} says the range is small
     * enough, then with the key lengths in it ({@link KeyLengthsAnalysis}).
     */
    public static final class BasesCut {

        private final ReadSelection keys;
        private final int mates;
        private final long target;
        private final long collectLimit;
        private KeyRange range = KeyRange.ALL;
        private long basesBelow;
        private long readsBelow;
        private boolean all;

        /** {@code mates}: reads per key (2 for pairs, whose histograms count both mates). */
        public BasesCut(long seed, boolean interleaved, int mates, long target) {
            this(seed, interleaved, mates, target, COLLECT_LIMIT);
        }

        /** Collecting a range once it holds at most {@code collectLimit} reads. */
        BasesCut(long seed, boolean interleaved, int mates, long target, long collectLimit) {
            Preconditions.checkArgument(target > 0, "a target of %s bases", target);
            this.keys = SelectionPlanner.keys(seed, interleaved);
            this.mates = mates;
            this.target = target;
            this.collectLimit = collectLimit;
        }

        /** The keys both kinds of pass use. */
        public ReadSelection keys() {
            return keys;
        }

        /** The range the next pass looks at. */
        public KeyRange range() {
            return range;
        }

        /**
         * Takes the histogram of {@link #range()} and narrows the range to the bucket where the
         * bases reach the target. True when that bucket is small enough to collect (or when the
         * target is not reached at all: then {@link #cut} needs nothing).
         */
        public boolean narrow(KeyHistogram histogram) {
            long total = basesBelow;
            for (long bases : histogram.bases()) {
                total += bases;
            }
            if (total < target) {
                all = true;
                return true;
            }
            int b = 0;
            while (basesBelow + histogram.bases()[b] < target) {
                basesBelow += histogram.bases()[b];
                readsBelow += histogram.reads()[b++];
            }
            range = range.narrowed(b);
            return histogram.reads()[b] <= collectLimit || range.narrowest();
        }

        /** True when the cut needs no key lengths: the file has fewer bases, all are taken. */
        public boolean decided() {
            return all;
        }

        /** The selection, from the keys of {@link #range()} with their bases, in key order. */
        public ReadSelection cut(long units, KeyLengths inRange) {
            if (all) {
                return new ReadSelection(keys.keyStart(), 0, true, keys.interleaved(), units);
            }
            long bases = basesBelow;
            for (int i = 0; i < inRange.keys().length; i++) {
                bases += inRange.lengths()[i];
                if (bases >= target) {
                    long last = inRange.keys()[i];
                    return new ReadSelection(keys.keyStart(), last + 1, last == -1L,
                            keys.interleaved(), readsBelow / mates + i + 1);
                }
            }
            throw new IllegalStateException("the bases of the keys in " + range + " ("
                    + (bases - basesBelow) + ") do not reach the target " + target
                    + " that its histogram said they reach");
        }
    }
}
