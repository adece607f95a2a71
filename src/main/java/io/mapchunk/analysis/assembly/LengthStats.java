package io.mapchunk.analysis.assembly;

import java.util.Arrays;

/**
 * Statistics of a set of sequence lengths, from one sorted copy of the lengths (8 bytes per
 * record, nothing per base): sum, extremes, quartiles as {@code seqkit stats -a} computes them,
 * Nx and Lx, and auN.
 *
 * <p>Nx is the length of the sequence at which the longest sequences first cover x % of the sum;
 * Lx is how many sequences that takes. auN, the area under the Nx curve, is the sum of squared
 * lengths over the sum: the expected length of the sequence a random base lies in.
 */
public final class LengthStats {

    private final long[] ascending;
    private final long sum;

    private LengthStats(long[] ascending) {
        this.ascending = ascending;
        long total = 0;
        for (long length : ascending) {
            total += length;
        }
        this.sum = total;
    }

    /** The statistics of {@code lengths} (not changed). */
    public static LengthStats of(long[] lengths) {
        long[] sorted = lengths.clone();
        Arrays.sort(sorted);
        return new LengthStats(sorted);
    }

    public int count() {
        return ascending.length;
    }

    public long sum() {
        return sum;
    }

    /** The shortest length, 0 without sequences. */
    public long min() {
        return ascending.length == 0 ? 0 : ascending[0];
    }

    /** The longest length, 0 without sequences. */
    public long max() {
        return ascending.length == 0 ? 0 : ascending[ascending.length - 1];
    }

    /** Sum over count; NaN without sequences. */
    public double mean() {
        return (double) sum / ascending.length;
    }

    /**
     * seqkit's first quartile: the median of the lower half, which takes the middle element when
     * the count is odd; half the length when all sequences have the same length (as seqkit 2.3
     * computes it).
     */
    public double q1() {
        if (allSameLength()) {
            return ascending.length == 0 ? 0 : ascending[0] / 2.0;
        }
        int n = half();
        return median(0, n);
    }

    /** The median length (0 without sequences). */
    public double q2() {
        return ascending.length == 0 ? 0 : median(0, ascending.length);
    }

    /** seqkit's third quartile: the median of the upper half; see {@link #q1()}. */
    public double q3() {
        if (allSameLength()) {
            return ascending.length == 0 ? 0 : ascending[0] / 2.0;
        }
        int n = half();
        int from = ascending.length / 2;
        return median(from, from + n);
    }

    /** The length at which the longest sequences first cover {@code percent} % of the sum. */
    public long n(int percent) {
        int at = coveringIndex(percent);
        return at < 0 ? 0 : ascending[at];
    }

    /** How many of the longest sequences it takes to cover {@code percent} % of the sum. */
    public int l(int percent) {
        int at = coveringIndex(percent);
        return at < 0 ? 0 : ascending.length - at;
    }

    /** The area under the Nx curve: sum of squared lengths over the sum (0 without bases). */
    public double auN() {
        if (sum == 0) {
            return 0;
        }
        double squares = 0;
        for (long length : ascending) {
            squares += (double) length * length;
        }
        return squares / sum;
    }

    /** The number of sequences shorter than {@code length}. */
    public int below(long length) {
        int at = Arrays.binarySearch(ascending, length);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && ascending[at - 1] == length) {
            at--;
        }
        return at;
    }

    /** The lengths, shortest first (do not change). */
    public long[] ascending() {
        return ascending;
    }

    /** The index of the shortest sequence among the longest that cover {@code percent} %. */
    private int coveringIndex(int percent) {
        long covered = 0;
        for (int i = ascending.length - 1; i >= 0; i--) {
            covered += ascending[i];
            if (100 * (double) covered >= percent * (double) sum) {
                return i;
            }
        }
        return -1;
    }

    private boolean allSameLength() {
        return ascending.length == 0 || ascending[0] == ascending[ascending.length - 1];
    }

    /** The size of each half for the outer quartiles: the middle element goes to both when odd. */
    private int half() {
        return (ascending.length + 1) / 2;
    }

    private double median(int from, int to) {
        int size = to - from;
        int middle = from + size / 2;
        return size % 2 == 1 ? ascending[middle]
                : (double) (ascending[middle - 1] + ascending[middle]) / 2;
    }
}
