package io.mapchunk.analysis.reads;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The reads of a FASTQ file split by split, in file order: the number of reads, and the global
 * index of each split's first read (the prefix sums), which is what lets every later pass key a
 * read by its index in the file wherever the split is read.
 */
public final class SampleSplits implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long[] first;
    private final long bases;

    /** From the reads per split, in split order, and the file's bases. */
    public SampleSplits(long[] readsPerSplit, long bases) {
        first = new long[readsPerSplit.length + 1];
        for (int i = 0; i < readsPerSplit.length; i++) {
            first[i + 1] = first[i] + readsPerSplit[i];
        }
        this.bases = bases;
    }

    /** The index of the first read of {@code split}. */
    public long first(int split) {
        return first[split];
    }

    public int splits() {
        return first.length - 1;
    }

    public long reads() {
        return first[first.length - 1];
    }

    public long bases() {
        return bases;
    }

    @Override
    public String toString() {
        return reads() + " reads, " + bases + " bases, split starts " + Arrays.toString(first);
    }
}
