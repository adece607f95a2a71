package io.mapchunk.format;

import java.io.Serializable;
import java.util.List;

/**
 * Where every base of an indexed FASTA file is: the record holding a file offset, the file offset
 * of base {@code pos} of record {@code r}, and the genome coordinate of a base (the bases of all
 * records before it in file order, plus its position). Built from the {@code .fai}; all arithmetic
 * assumes its uniform lines.
 *
 * <p>Records are numbered 0, 1, ... in file order. The per-line methods ({@link #lineOf},
 * {@link #lineOffset}, {@link #lineBasesEnd}, {@link #linePosition}) let loops over a record's
 * bytes walk it line by line with one division per line and no allocation.
 */
public final class GenomeCoordinates implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FaiEntry[] entries;
    private final long[] offsets;
    private final long[] endOffsets;
    private final long[] lineBases;
    private final long[] lineWidths;
    /** {@code genomeStart[r]}: bases of records before r; one more slot holds the total. */
    private final long[] genomeStart;

    public GenomeCoordinates(FastaIndex index) {
        List<FaiEntry> list = index.entries();
        this.entries = list.toArray(new FaiEntry[0]);
        this.offsets = new long[entries.length];
        this.endOffsets = new long[entries.length];
        this.lineBases = new long[entries.length];
        this.lineWidths = new long[entries.length];
        this.genomeStart = new long[entries.length + 1];
        for (int r = 0; r < entries.length; r++) {
            offsets[r] = entries[r].offset();
            endOffsets[r] = entries[r].endOffset();
            lineBases[r] = entries[r].lineBases();
            lineWidths[r] = entries[r].lineWidth();
            genomeStart[r + 1] = genomeStart[r] + entries[r].length();
        }
    }

    /**
     * The last index {@code i} with {@code starts[i] <= value}, or -1 when {@code value} lies
     * before {@code starts[0]}. {@code starts} must not decrease; of equal starts the last wins, so
     * over cumulative counts (the first number of each record) records without numbers are
     * skipped.
     */
    public static int recordOf(long[] starts, long value) {
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low - 1;
    }

    public int size() {
        return entries.length;
    }

    public FaiEntry entry(int record) {
        return entries[record];
    }

    // file offsets

    /** The last record whose bases start at or before file offset {@code offset}, or -1. */
    public int recordAt(long offset) {
        return recordOf(offsets, offset);
    }

    /** File offset of base {@code pos} of {@code record}. */
    public long offsetOf(int record, long pos) {
        return entries[record].offsetOf(pos);
    }

    /** File offset just past the last base of {@code record} (its offset when it has no bases). */
    public long endOffset(int record) {
        return endOffsets[record];
    }

    /**
     * Bases of {@code record} before file offset {@code offset}: the position of the base there,
     * or of the next base when the byte is a line end; 0 before the record, its length after it.
     */
    public long positionAt(int record, long offset) {
        FaiEntry entry = entries[record];
        if (offset <= entry.offset()) {
            return 0;
        }
        if (offset >= endOffsets[record]) {
            return entry.length();
        }
        long line = lineOf(record, offset);
        long column = offset - lineOffset(record, line);
        return linePosition(record, line) + Math.min(column, lineBases[record]);
    }

    /** Whether the byte at {@code offset} is a base of {@code record} (not a line end). */
    public boolean isBase(int record, long offset) {
        FaiEntry entry = entries[record];
        return offset >= entry.offset() && offset < endOffsets[record]
                && offset < lineBasesEnd(record, lineOf(record, offset));
    }

    // lines: line n of a record holds positions [n * lineBases, (n + 1) * lineBases)

    /** The 0-based line of {@code record} holding file offset {@code offset} (not before it). */
    public long lineOf(int record, long offset) {
        return (offset - offsets[record]) / lineWidths[record];
    }

    /** File offset of the first byte of line {@code line} of {@code record}. */
    public long lineOffset(int record, long line) {
        return offsets[record] + line * lineWidths[record];
    }

    /** File offset just past the last base on line {@code line} of {@code record}: its line end. */
    public long lineBasesEnd(int record, long line) {
        return Math.min(lineOffset(record, line) + lineBases[record], endOffsets[record]);
    }

    /** Position within {@code record} of the first base on line {@code line}. */
    public long linePosition(int record, long line) {
        return line * lineBases[record];
    }

    // genome coordinates: records' bases one after another in file order, from 0

    /** Genome coordinate of position 0 of {@code record} (the bases of all records before it). */
    public long genomeStart(int record) {
        return genomeStart[record];
    }

    /** Genome coordinate of base {@code pos} of {@code record}. */
    public long genomeOf(int record, long pos) {
        return genomeStart[record] + pos;
    }

    /** The record holding genome coordinate {@code genome}, below the bases of all records. */
    public int recordOfGenome(long genome) {
        return recordOf(genomeStart, genome);
    }
}
