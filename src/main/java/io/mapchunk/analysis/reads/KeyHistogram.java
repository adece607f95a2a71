package io.mapchunk.analysis.reads;

/** Reads and their bases in each bucket of a {@link KeyRange}; what {@link KeyHistogramAnalysis} emits. */
public record KeyHistogram(long[] reads, long[] bases) {

    static KeyHistogram empty() {
        return new KeyHistogram(new long[KeyRange.BUCKETS], new long[KeyRange.BUCKETS]);
    }

    /** The two summed, as a new histogram: those of the two files of pairs. */
    public KeyHistogram plus(KeyHistogram other) {
        KeyHistogram sum = empty();
        sum.add(this);
        sum.add(other);
        return sum;
    }

    void add(KeyHistogram other) {
        for (int b = 0; b < reads.length; b++) {
            reads[b] += other.reads[b];
            bases[b] += other.bases[b];
        }
    }
}
