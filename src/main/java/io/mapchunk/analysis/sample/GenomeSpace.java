package io.mapchunk.analysis.sample;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.GenomeCoordinates;

import java.io.Serializable;

/**
 * The valid start positions of windows of {@code length} bases, numbered across the genome: record
 * after record in file order, {@code max(0, len - length + 1)} starts each, so a window never
 * crosses from one sequence into the next. Headers and line ends take no numbers. File offsets come
 * from the index's {@link GenomeCoordinates}.
 */
public final class GenomeSpace implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FastaIndex index;
    private final GenomeCoordinates coordinates;
    private final long length;
    private final long[] firstStart;

    public GenomeSpace(FastaIndex index, long length) {
        this.index = index;
        this.coordinates = new GenomeCoordinates(index);
        this.length = length;
        this.firstStart = new long[index.size() + 1];
        for (int i = 0; i < index.size(); i++) {
            firstStart[i + 1] = firstStart[i] + starts(i);
        }
    }

    public FastaIndex index() {
        return index;
    }

    public GenomeCoordinates coordinates() {
        return coordinates;
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
        return GenomeCoordinates.recordOf(firstStart, global);
    }

    /** File offset of the first base of the window at global start {@code global}. */
    public long offsetOf(long global) {
        int record = recordOf(global);
        return coordinates.offsetOf(record, global - firstStart[record]);
    }

    public FaiEntry entry(int ordinal) {
        return coordinates.entry(ordinal);
    }
}
