package io.mapchunk.analysis.gc;

/**
 * Base counts of one window [start, end) (0-based) of a sequence. {@code other} counts every byte
 * but A, C, G, T and N (either case); {@code u} says how many of those are U or u, which
 * {@code bedtools nuc} counts as T.
 */
public record WindowCounts(String name, long start, long end, long a, long c, long g, long t,
        long n, long other, long u) {

    public long length() {
        return end - start;
    }

    public long acgt() {
        return a + c + g + t;
    }

    /** (G+C) / (A+C+G+T): the GC of called bases, NaN when the window has none. */
    public double gcFraction() {
        return acgt() == 0 ? Double.NaN : (double) (g + c) / acgt();
    }

    /** N / window length. */
    public double nFraction() {
        return (double) n / length();
    }
}
