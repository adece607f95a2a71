package io.mapchunk.analysis.reads;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The counters of {@link PositionAnalysis}: per row, the reads' bases (A, C, G, T, N, other,
 * case-insensitive) and a histogram of their quality values (Phred+33, 0..93). A row is one read
 * position up to {@link #EXACT}; beyond it, rows are bins of {@code 2^shift} positions, the shift
 * the smallest that keeps the longest read within {@link #BINS} bins. So a folder holds at most
 * {@code (EXACT + BINS) * 100} counters (1.6 MB) whatever the read lengths, a table of 150-base
 * reads 120 KB; and merging is exact: a finer table is coarsened by adding adjacent bins, and the
 * final shift depends only on the file's longest read. Counters are {@code long}: 10^9 reads of
 * one split or file cannot wrap them.
 *
 * <p>One instance per folder or assembler; {@link #add(ByteBuffer, int, int, int)} is the hot loop
 * and allocates only when a read is longer than every one before it. Its cost is the two counter
 * increments per base: {@code FastqCpuTime} measured {@code int} counters, a bulk copy of each
 * read into arrays and eight-byte word reads no faster (0.5 GB/s per core on bowtie2 reads).
 */
public final class PositionCounts {

    /** Read positions counted one by one. */
    public static final int EXACT = 1_000;
    /** At most this many bins of positions beyond {@link #EXACT}. */
    public static final int BINS = 1_000;
    /** Base classes per row: A, C, G, T, N, other. */
    public static final int BASES = 6;
    /** Quality values per row: Phred 0 ({@code !}) to 93 ({@code ~}). */
    public static final int QUALITIES = 94;

    public static final int A = 0;
    public static final int C = 1;
    public static final int G = 2;
    public static final int T = 3;
    public static final int N = 4;
    public static final int OTHER = 5;

    private static final byte[] CLASS = new byte[256];

    static {
        Arrays.fill(CLASS, (byte) OTHER);
        String letters = "ACGTN";
        for (int i = 0; i < letters.length(); i++) {
            CLASS[letters.charAt(i)] = (byte) i;
            CLASS[Character.toLowerCase(letters.charAt(i))] = (byte) i;
        }
    }

    private int shift;
    private int longest;
    private long[] bases = new long[0];
    private long[] qualities = new long[0];

    /** Counts one read: {@code length} bases from {@code sequenceStart}, qualities from {@code qualityStart}. */
    public void add(ByteBuffer bytes, int sequenceStart, int qualityStart, int length) {
        if (length > longest) {
            cover(length, shift);
        }
        long[] bases = this.bases;
        long[] qualities = this.qualities;
        int exact = Math.min(length, EXACT);
        for (int p = 0; p < exact; p++) {
            bases[p * BASES + CLASS[bytes.get(sequenceStart + p) & 0xff]]++;
            qualities[p * QUALITIES + bytes.get(qualityStart + p) - '!']++;
        }
        for (int p = exact; p < length; p++) {
            int row = EXACT + ((p - EXACT) >>> shift);
            bases[row * BASES + CLASS[bytes.get(sequenceStart + p) & 0xff]]++;
            qualities[row * QUALITIES + bytes.get(qualityStart + p) - '!']++;
        }
    }

    /** Adds a table another folder made (its shift may differ). */
    public void add(PositionPart part) {
        if (part.longest() > longest || part.shift() > shift) {
            cover(Math.max(longest, part.longest()), Math.max(shift, part.shift()));
        }
        int coarser = shift - part.shift();
        for (int row = 0, rows = part.bases().length / BASES; row < rows; row++) {
            int into = row < EXACT ? row : EXACT + ((row - EXACT) >>> coarser);
            for (int b = 0; b < BASES; b++) {
                bases[into * BASES + b] += part.bases()[row * BASES + b];
            }
            for (int q = 0; q < QUALITIES; q++) {
                qualities[into * QUALITIES + q] += part.qualities()[row * QUALITIES + q];
            }
        }
    }

    /** A copy of the counters, to emit or keep. */
    public PositionPart part() {
        int rows = rowsFor(longest, shift);
        return new PositionPart(shift, longest, Arrays.copyOf(bases, rows * BASES),
                Arrays.copyOf(qualities, rows * QUALITIES));
    }

    /**
     * Zeroes the counters and forgets the longest read, so the next {@link #part()} holds only the
     * rows its own reads reach (none for a split without records); the bin width stays.
     */
    public void clear() {
        int rows = rowsFor(longest, shift);
        Arrays.fill(bases, 0, rows * BASES, 0);
        Arrays.fill(qualities, 0, rows * QUALITIES, 0);
        longest = 0;
    }

    /** The row of 0-based read position {@code position} under bins of {@code 2^shift}. */
    public static int row(int position, int shift) {
        return position < EXACT ? position : EXACT + ((position - EXACT) >>> shift);
    }

    /** Rows that reads of up to {@code longest} bases fill. */
    public static int rowsFor(int longest, int shift) {
        return longest <= EXACT ? longest : row(longest - 1, shift) + 1;
    }

    /** Grows the rows to hold reads of {@code length} bases, with bins of at least {@code 2^atLeast}. */
    private void cover(int length, int atLeast) {
        int wanted = atLeast;
        while (rowsFor(length, wanted) > EXACT + BINS) {
            wanted++;
        }
        if (wanted > shift) {
            coarsen(wanted);
        }
        longest = Math.max(longest, length);
        int rows = rowsFor(longest, shift);
        if (rows * BASES > bases.length) {
            int capacity = Math.min(EXACT + BINS, Math.max(rows, 2 * bases.length / BASES));
            bases = Arrays.copyOf(bases, capacity * BASES);
            qualities = Arrays.copyOf(qualities, capacity * QUALITIES);
        }
    }

    /**
     * Widens the bins to {@code 2^wider}: each bin is added into the one that now holds it, in
     * ascending order, so a bin is read before any other is added into it.
     */
    private void coarsen(int wider) {
        int by = wider - shift;
        int rows = Math.min(rowsFor(longest, shift), bases.length / BASES);
        for (int row = EXACT; row < rows; row++) {
            int into = EXACT + ((row - EXACT) >>> by);
            if (into != row) {
                move(bases, row, into, BASES);
                move(qualities, row, into, QUALITIES);
            }
        }
        shift = wider;
    }

    private static void move(long[] counts, int row, int into, int width) {
        for (int i = 0; i < width; i++) {
            counts[into * width + i] += counts[row * width + i];
            counts[row * width + i] = 0;
        }
    }
}
