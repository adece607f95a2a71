package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.assembly.LeadingAlphabetAnalysis;
import io.mapchunk.format.FastqRecord;

import java.nio.ByteBuffer;
import java.util.Arrays;

import static io.mapchunk.analysis.reads.ReadSummary.CLASSES;
import static io.mapchunk.analysis.reads.ReadSummary.START;

/**
 * Tallies reads into the histograms of a {@link ReadSummary}: from the records of FASTQ chunks (on
 * a subtask), or from other summaries (in the client). The read loop is allocation-free: per read
 * one sweep of the sequence (one increment a byte, in a table of bytes by the class of the byte
 * before them, which gives the byte histogram and the pairs, pairs never crossing into the next
 * read; the read's GC summed from a table in the same sweep) and one of the quality line (a Phred
 * histogram in eight lanes, one per byte of a word, eight bytes a step, since runs of one
 * quality are common: 1.35 -> 1.29 CPU-s per GB of ART reads against four lanes); Q20, Q30 and
 * mean qualities come from the Phred histogram at the end.
 *
 * <p>This is not the count kernel ({@code analysis/count}): the kernel counts one long part whose
 * pairs cross line ends, while a read is a short range whose pairs must not leave it and whose GC
 * is wanted on its own.
 */
final class ReadTally {

    private static final byte[] PAIR_CLASS = new byte[256];
    /** Quality lanes: histograms by quality byte, summed into Phred values at the end. */
    private static final int LANE = 128;
    /** One lane per byte of a word: no two increments of a word wait on the same counter. */
    private static final int LANES = 8;

    /** The row of {@link #byteCells} that a byte's successor is counted in: its pair class * 256. */
    private static final int[] ROW = new int[256];
    /** Per byte: 1 << 32 for G and C, plus 1 for A, C, G and T (either case), for the read's GC. */
    private static final long[] WEIGHT = new long[256];

    static {
        Arrays.fill(PAIR_CLASS, (byte) ReadSummary.OTHER);
        String classes = "ACGTYR";
        for (int i = 0; i < classes.length(); i++) {
            PAIR_CLASS[classes.charAt(i)] = (byte) i;
            PAIR_CLASS[Character.toLowerCase(classes.charAt(i))] = (byte) i;
        }
        for (int value = 0; value < 256; value++) {
            ROW[value] = PAIR_CLASS[value] * 256;
            int cls = PAIR_CLASS[value];
            WEIGHT[value] = (cls == ReadSummary.C || cls == ReadSummary.G ? 1L << 32 : 0)
                    + (cls <= ReadSummary.T ? 1 : 0);
        }
    }

    private final FastqRecord record = new FastqRecord();
    /**
     * Bytes of reads by the pair class of the byte before them ({@link ReadSummary#START} for a
     * read's first byte) and their value: one increment a byte gives both the byte histogram
     * (sum of a column) and the pair cells (columns summed by class).
     */
    private final long[] byteCells = new long[(START + 1) * 256];
    /** Bytes and pairs of summaries added in the client, which have no byte cells. */
    private final long[] byteCounts = new long[256];
    private final long[] pairCells = new long[ReadSummary.PAIR_CELLS];
    private final long[] qualityLanes = new long[LANES * LANE];
    private final long[] gcPercentCounts = new long[ReadSummary.GC_BINS];
    private final LengthHistogram lengths = new LengthHistogram();
    private final boolean[] leading = new boolean[256];
    private long reads;
    private int[] leadingLetters = new int[0];
    private long firstReadLength = -1;

    /** Tallies every record of {@code bytes} (whole records from position to limit, already checked). */
    void addRecords(ByteBuffer bytes) {
        for (int at = bytes.position(), limit = bytes.limit(); at < limit; at = record.end()) {
            record.walk(bytes, at, limit);
            int from = record.sequenceStart();
            int length = record.length();
            if (reads == 0) {
                noteFirst(bytes, from, length);
            }
            reads++;
            lengths.add(length, 1);
            addSequence(bytes, from, from + length);
            addQualities(bytes, record.qualityStart(), record.qualityStart() + length);
        }
    }

    private void addSequence(ByteBuffer bytes, int from, int to) {
        final long[] cells = byteCells;
        long weights = 0;
        int row = START * 256;
        for (int i = from; i < to; i++) {
            int value = bytes.get(i) & 0xff;
            cells[row + value]++;
            weights += WEIGHT[value];
            row = ROW[value];
        }
        long gc = weights >>> 32;
        long acgt = weights & 0xffffffffL;
        if (acgt > 0) {
            gcPercentCounts[(int) ((200 * gc + acgt) / (2 * acgt))]++;
        }
    }

    private void addQualities(ByteBuffer bytes, int from, int to) {
        final long[] lanes = qualityLanes;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = bytes.getLong(i);
            lanes[(int) word & 0x7f]++;
            lanes[LANE + ((int) (word >>> 8) & 0x7f)]++;
            lanes[2 * LANE + ((int) (word >>> 16) & 0x7f)]++;
            lanes[3 * LANE + ((int) (word >>> 24) & 0x7f)]++;
            lanes[4 * LANE + ((int) (word >>> 32) & 0x7f)]++;
            lanes[5 * LANE + ((int) (word >>> 40) & 0x7f)]++;
            lanes[6 * LANE + ((int) (word >>> 48) & 0x7f)]++;
            lanes[7 * LANE + ((int) (word >>> 56) & 0x7f)]++;
        }
        for (; i < to; i++) {
            lanes[bytes.get(i) & 0x7f]++;
        }
    }

    /** The distinct letters of the first read's first bases, for seqkit's alphabet guess. */
    private void noteFirst(ByteBuffer bytes, int from, int length) {
        firstReadLength = length;
        Arrays.fill(leading, false);
        int distinct = 0;
        for (int i = from, to = from + Math.min(length, LeadingAlphabetAnalysis.LIMIT); i < to; i++) {
            int value = bytes.get(i) & 0xff;
            distinct += leading[value] ? 0 : 1;
            leading[value] = true;
        }
        leadingLetters = new int[distinct];
        for (int value = 0, j = 0; value < 256; value++) {
            if (leading[value]) {
                leadingLetters[j++] = value;
            }
        }
    }

    /**
     * Adds the reads of {@code summary}, in any order; the first read is {@code summary}'s when
     * {@code first} (it holds the file's first read).
     */
    void add(ReadSummary summary, boolean first) {
        if (first) {
            leadingLetters = summary.leadingLetters;
            firstReadLength = summary.firstReadLength;
        }
        reads += summary.readCount;
        addInto(byteCounts, summary.byteCounts);
        addInto(pairCells, summary.pairCells);
        addInto(gcPercentCounts, summary.gcPercentCounts);
        for (int phred = 0; phred <= ReadSummary.MAX_PHRED; phred++) {
            qualityLanes[phred + ReadSummary.PHRED_OFFSET] += summary.phredCounts[phred];
        }
        lengths.addAll(summary.lengthValues, summary.lengthCounts);
    }

    /** The reads tallied so far. */
    /** Whether any read was tallied since the last {@link #reset}. */
    boolean isEmpty() {
        return reads == 0;
    }

    ReadSummary summary() {
        ReadSummary summary = new ReadSummary();
        summary.readCount = reads;
        summary.byteCounts = byteCounts.clone();
        summary.pairCells = pairCells.clone();
        for (int before = 0; before <= START; before++) {
            for (int value = 0; value < 256; value++) {
                long count = byteCells[before * 256 + value];
                summary.byteCounts[value] += count;
                summary.pairCells[before * CLASSES + PAIR_CLASS[value]] += count;
            }
        }
        summary.gcPercentCounts = gcPercentCounts.clone();
        for (int phred = 0; phred <= ReadSummary.MAX_PHRED; phred++) {
            int quality = phred + ReadSummary.PHRED_OFFSET;
            long count = 0;
            for (int lane = 0; lane < LANES; lane++) {
                count += qualityLanes[lane * LANE + quality];
            }
            summary.phredCounts[phred] = count;
        }
        summary.lengthValues = lengths.lengths();
        summary.lengthCounts = lengths.counts(summary.lengthValues);
        summary.leadingLetters = leadingLetters;
        summary.firstReadLength = firstReadLength;
        return summary;
    }

    /** Forgets every read. */
    void reset() {
        reads = 0;
        Arrays.fill(byteCells, 0);
        Arrays.fill(byteCounts, 0);
        Arrays.fill(pairCells, 0);
        Arrays.fill(qualityLanes, 0);
        Arrays.fill(gcPercentCounts, 0);
        lengths.clear();
        leadingLetters = new int[0];
        firstReadLength = -1;
    }

    private static void addInto(long[] into, long[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values[i];
        }
    }
}
