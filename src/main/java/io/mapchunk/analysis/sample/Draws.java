package io.mapchunk.analysis.sample;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Uniform draws from {@code [0, size)}, returned sorted; exact for any count and size. */
public final class Draws {

    private Draws() {}

    /** {@code count} independent uniform draws (with replacement), sorted. */
    public static long[] withReplacement(SplittableRandom random, int count, long size) {
        long[] draws = new long[count];
        for (int i = 0; i < count; i++) {
            draws[i] = random.nextLong(size);
        }
        Arrays.sort(draws);
        return draws;
    }

    /**
     * A uniform {@code count}-subset of {@code [0, size)}, sorted. Draws until {@code count}
     * distinct values are seen (in rounds of exactly the number still missing, which is the same as
     * drawing one at a time); above half the range it picks the values to leave out instead.
     */
    public static long[] distinct(SplittableRandom random, int count, long size) {
        if (count > size) {
            throw new IllegalArgumentException("cannot draw " + count + " distinct of " + size);
        }
        if (count > size / 2) {
            long[] excluded = distinct(random, (int) (size - count), size);
            long[] kept = new long[count];
            int k = 0;
            int e = 0;
            for (long v = 0; v < size; v++) {
                if (e < excluded.length && excluded[e] == v) {
                    e++;
                } else {
                    kept[k++] = v;
                }
            }
            return kept;
        }
        long[] values = new long[0];
        while (values.length < count) {
            long[] more = withReplacement(random, count - values.length, size);
            values = mergeDistinct(values, more);
        }
        return values;
    }

    private static long[] mergeDistinct(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            long next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
            if (n == 0 || out[n - 1] != next) {
                out[n++] = next;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * How many of {@code count} independent uniform draws from {@code [0, size)} fall in each unit
     * of {@code unitSize}: the same random numbers and counts as {@link #withReplacement} followed
     * by {@link #perUnit}, without holding or sorting the draws.
     */
    public static int[] perUnitWithReplacement(SplittableRandom random, long count, long size,
            long unitSize) {
        int[] counts = new int[(int) ((size + unitSize - 1) / unitSize)];
        for (long i = 0; i < count; i++) {
            int unit = (int) (random.nextLong(size) / unitSize);
            if (counts[unit] == Integer.MAX_VALUE) {
                throw new IllegalArgumentException(count + " draws put more than "
                        + Integer.MAX_VALUE + " in one unit of " + unitSize + " positions");
            }
            counts[unit]++;
        }
        return counts;
    }

    /** How many of {@code draws} (sorted, in {@code [0, size)}) fall in each unit of {@code unitSize}. */
    public static int[] perUnit(long[] draws, long size, long unitSize) {
        int[] counts = new int[(int) ((size + unitSize - 1) / unitSize)];
        for (long draw : draws) {
            counts[(int) (draw / unitSize)]++;
        }
        return counts;
    }
}
