package io.mapchunk.analysis.assembly;

import java.util.Arrays;

/**
 * Statistics of a set of sequence lengths, from their histogram (each distinct length once, with
 * how many sequences have it: flat memory for 10^9 reads of a few hundred lengths): sum, extremes,
 * quartiles as {@code seqkit stats -a} computes them, Nx and Lx, and auN. A list of per-record
 * lengths is turned into the same histogram ({@link #of(long[])}), so records and reads share one
 * computation.
 *
 * <p>Nx is the length of the sequence at which the longest sequences first cover x % of the sum;
 * Lx is how many sequences that takes. auN, the area under the Nx curve, is the sum of squared
 * lengths over the sum: the expected length of the sequence a random base lies in.
 */
public final class LengthStats {

    /** The distinct lengths, ascending. */
    private final long[] values;
    /** How many sequences have each of {@link #values}. */
    private final long[] counts;
    /** How many sequences are shorter than each of {@link #values}. */
    private final long[] before;
    private final long count;
    private final long sum;

    private LengthStats(long[] values, long[] counts) {
        this.values = values;
        this.counts = counts;
        this.before = new long[values.length];
        long total = 0;
        long sequences = 0;
        for (int j = 0; j < values.length; j++) {
            before[j] = sequences;
            sequences += counts[j];
            total += values[j] * counts[j];
        }
        this.count = sequences;
        this.sum = total;
    }

    /** The statistics of {@code lengths}, one per sequence (not changed). */
    public static LengthStats of(long[] lengths) {
        long[] sorted = lengths.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            distinct += i == 0 || sorted[i] != sorted[i - 1] ? 1 : 0;
        }
        long[] values = new long[distinct];
        long[] counts = new long[distinct];
        for (int i = 0, j = -1; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                values[++j] = sorted[i];
            }
            counts[j]++;
        }
        return new LengthStats(values, counts);
    }

    /**
     * The statistics of a histogram: {@code counts[j]} sequences of length {@code values[j]},
     * with {@code values} distinct and ascending and every count above 0 (the arrays are kept).
     */
    public static LengthStats ofHistogram(long[] values, long[] counts) {
        if (values.length != counts.length) {
            throw new IllegalArgumentException("a length histogram of " + values.length
                    + " lengths and " + counts.length + " counts");
        }
        for (int j = 0; j < values.length; j++) {
            if (counts[j] <= 0 || (j > 0 && values[j] <= values[j - 1])) {
                throw new IllegalArgumentException("length histogram not ascending with counts"
                        + " above 0 at length " + values[j]);
            }
        }
        return new LengthStats(values, counts);
    }

    public long count() {
        return count;
    }

    public long sum() {
        return sum;
    }

    /** The shortest length, 0 without sequences. */
    public long min() {
        return values.length == 0 ? 0 : values[0];
    }

    /** The longest length, 0 without sequences. */
    public long max() {
        return values.length == 0 ? 0 : values[values.length - 1];
    }

    /** Sum over count; NaN without sequences. */
    public double mean() {
        return (double) sum / count;
    }

    /**
     * seqkit's first quartile: the median of the lower half, which takes the middle element when
     * the count is odd; half the length when all sequences have the same length (as seqkit 2.3
     * computes it).
     */
    public double q1() {
        if (values.length <= 1) {
            return values.length == 0 ? 0 : values[0] / 2.0;
        }
        return median(0, half());
    }

    /** The median length (0 without sequences). */
    public double q2() {
        return count == 0 ? 0 : median(0, count);
    }

    /** seqkit's third quartile: the median of the upper half; see {@link #q1()}. */
    public double q3() {
        if (values.length <= 1) {
            return values.length == 0 ? 0 : values[0] / 2.0;
        }
        long from = count / 2;
        return median(from, from + half());
    }

    /** The length at which the longest sequences first cover {@code percent} % of the sum. */
    public long n(int percent) {
        long[] covering = covering(percent);
        return covering == null ? 0 : values[(int) covering[0]];
    }

    /** How many of the longest sequences it takes to cover {@code percent} % of the sum. */
    public long l(int percent) {
        long[] covering = covering(percent);
        return covering == null ? 0 : covering[1];
    }

    /** The area under the Nx curve: sum of squared lengths over the sum (0 without bases). */
    public double auN() {
        if (sum == 0) {
            return 0;
        }
        double squares = 0;
        for (int j = 0; j < values.length; j++) {
            squares += (double) values[j] * values[j] * counts[j];
        }
        return squares / sum;
    }

    /** The number of sequences shorter than {@code length}. */
    public long below(long length) {
        int at = Arrays.binarySearch(values, length);
        int j = at < 0 ? -at - 1 : at;
        return j == values.length ? count : before[j];
    }

    /** The distinct lengths, ascending (do not change). */
    public long[] distinctLengths() {
        return values;
    }

    /** How many sequences have each of {@link #distinctLengths()} (do not change). */
    public long[] lengthCounts() {
        return counts;
    }

    /** The length of the sequence of rank {@code k} (0 the shortest). */
    public long at(long k) {
        int at = Arrays.binarySearch(before, k);
        return values[at >= 0 ? at : -at - 2];
    }

    /** The sum of the {@code n} longest lengths. */
    public long longestSum(long n) {
        long total = 0;
        long left = n;
        for (int j = values.length - 1; j >= 0 && left > 0; j--) {
            long taken = Math.min(left, counts[j]);
            total += taken * values[j];
            left -= taken;
        }
        return total;
    }

    /**
     * The group (index into the distinct lengths) of the shortest sequence among the longest that
     * cover {@code percent} %, and how many sequences that takes; null without sequences or when
     * they never cover it. The test is the one a sequence-by-sequence sum would make, so the
     * sequence is found by a binary search within its group.
     */
    private long[] covering(int percent) {
        long covered = 0;
        long taken = 0;
        for (int j = values.length - 1; j >= 0; j--) {
            if (reaches(covered + counts[j] * values[j], percent)) {
                long low = 1;
                long high = counts[j];
                while (low < high) {
                    long mid = (low + high) >>> 1;
                    if (reaches(covered + mid * values[j], percent)) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                return new long[] {j, taken + low};
            }
            covered += counts[j] * values[j];
            taken += counts[j];
        }
        return null;
    }

    private boolean reaches(long covered, int percent) {
        return 100 * (double) covered >= percent * (double) sum;
    }

    /** The size of each half for the outer quartiles: the middle element goes to both when odd. */
    private long half() {
        return (count + 1) / 2;
    }

    private double median(long from, long to) {
        long size = to - from;
        long middle = from + size / 2;
        return size % 2 == 1 ? at(middle) : (double) (at(middle - 1) + at(middle)) / 2;
    }
}
