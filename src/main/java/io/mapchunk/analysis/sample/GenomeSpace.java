package io.mapchunk.analysis.sample;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The valid start positions of windows of {@code length} bases, numbered across the genome: record
 * after record in file order, {@code max(0, len - length + 1)} starts each, so a window never
 * crosses from one sequence into the next. Headers and line ends take no numbers.
 */
public final class GenomeSpace implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FastaIndex index;
    private final long length;
    private final long[] firstStart;

    public GenomeSpace(FastaIndex index, long length) {
        this.index = index;
        this.length = length;
        this.firstStart = new long[index.size() + 1];
        for (int i = 0; i < index.size(); i++) {
            firstStart[i + 1] = firstStart[i] + starts(i);
        }
    }

    public FastaIndex index() {
        return index;
    }

    public long windowLength() {
        return length;
    }

    /** Number of valid starts in record {@code ordinal}. */
    public long starts(int ordinal) {
        return Math.max(0, index.get(ordinal).length() - length + 1);
    }

    /** Global number of the first start of record {@code ordinal}. */
    public long firstStart(int ordinal) {
        return firstStart[ordinal];
    }

    public long total() {
        return firstStart[index.size()];
    }

    /** The record holding global start {@code global}. */
    public int recordOf(long global) {
        int at = Arrays.binarySearch(firstStart, global);
        if (at < 0) {
            return -at - 2;
        }
        while (at + 1 < firstStart.length && firstStart[at + 1] == global) {
            at++; // skip records without starts
        }
        return at;
    }

    public FaiEntry entry(int ordinal) {
        return index.get(ordinal);
    }
}
