package io.mapchunk.analysis.gc;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.GenomeCoordinates;
import io.mapchunk.io.InputFileException;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.format.TwoBitCodes;
import io.mapchunk.source.PackedBases;
import io.mapchunk.source.SequenceChunk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Counts bases into fixed-size bins along each record as chunks stream by (chained to the source).
 * The {@code .fai} gives every byte's record and 0-based position by arithmetic (uniform lines), so
 * a chunk's bins are known wherever the chunk was cut; one {@link BinRun} of at most
 * {@value #MAX_RUN_BINS} bins is emitted per record stretch of a chunk. Bytes between a record's
 * last base and the next record's first (line ends, header tails in LEAD parts) are skipped; a
 * byte within a record that is not where the index puts a base or a line end (uneven lines, stale
 * index) fails the job.
 */
final class BinCounter implements ChunkFolder<BinRun> {

    /** Counters per bin: A, C, G, T, N, other, U (RNA's T; part of "other" in WindowCounts). */
    static final int CLASSES = 7;
    static final int A = 0;
    static final int C = 1;
    static final int G = 2;
    static final int T = 3;
    static final int N = 4;
    static final int OTHER = 5;
    static final int U = 6;
    static final int MAX_RUN_BINS = 4096;

    private final String path;
    private final GenomeCoordinates coordinates;
    private final long binSize;
    private final int[] tally = new int[BinTally.SLOTS];
    private final BinTally counter = BinTally.create();
    /** Bases of each 2-bit code in a stretch of a .2bit chunk. */
    private final int[] codes = new int[4];

    BinCounter(String path, FastaIndex index, long binSize) {
        this.path = path;
        this.coordinates = new GenomeCoordinates(index);
        this.binSize = binSize;
    }

    @Override
    public void add(SequenceChunk chunk, Consumer<BinRun> out) {
        if (chunk.length() == 0) {
            return;
        }
        if (chunk.packed() != null) {
            countPacked(chunk, chunk.packed(), out);
            return;
        }
        ByteBuffer bytes = chunk.bytes();
        long base = chunk.fileOffset();
        long end = base + chunk.length();
        int record = coordinates.recordAt(base);
        long offset = base;
        while (offset < end) {
            if (record < 0 || offset >= coordinates.endOffset(record)) {
                // line ends after a record's last base, or a header's tail in a LEAD part
                record++;
                if (record == coordinates.size()) {
                    return;
                }
                offset = Math.max(offset, coordinates.entry(record).offset());
                continue;
            }
            offset = countRecord(bytes, base, offset, end, record, out);
        }
    }

    /**
     * Counts the bases of {@code record} from {@code offset} to the chunk end or record end, a bin
     * at a time: a bin's bytes (its bases and the line ends between them) are tallied in one run,
     * and the run must hold line ends exactly where the index puts them.
     */
    private long countRecord(ByteBuffer bytes, long base, long offset, long end, int record,
            Consumer<BinRun> out) {
        FaiEntry entry = coordinates.entry(record);
        long basesEnd = Math.min(end, coordinates.endOffset(record));
        final int[] local = tally;
        Run run = null;
        while (offset < basesEnd) {
            long line = coordinates.lineOf(record, offset);
            long lineStart = coordinates.lineOffset(record, line);
            if (offset >= coordinates.lineBasesEnd(record, line)) {
                // the line end after a line's bases
                long next = Math.min(basesEnd, coordinates.lineOffset(record, line + 1));
                checkPlaces(bytes, base, offset, next, record);
                offset = next;
                continue;
            }
            long position = coordinates.linePosition(record, line) + (offset - lineStart);
            long bin = position / binSize;
            long binEnd = Math.min((bin + 1) * binSize, entry.length());
            long to = Math.min(basesEnd, coordinates.offsetOf(record, binEnd - 1) + 1);
            long bases = (to == basesEnd ? coordinates.positionAt(record, to) : binEnd) - position;
            counter.add(bytes, (int) (offset - base), (int) (to - base), local);
            if (local[BinTally.LINE_END] != (to - offset) - bases) {
                checkPlaces(bytes, base, offset, to, record);
            }
            checkLineEnds(bytes, base, line, offset, to, record);
            local[BinTally.LINE_END] = 0;
            if (run == null || bin >= run.firstBin + MAX_RUN_BINS) {
                if (run != null) {
                    out.accept(run.finish());
                }
                run = new Run(record, bin);
            }
            run.add(bin, local);
            offset = to;
        }
        if (run != null) {
            out.accept(run.finish());
        }
        return basesEnd;
    }

    /**
     * Counts a chunk of a {@code .2bit} on its codes: it lies in one record, whose logical text is
     * one line, so a bin is a range of its bases; a bin's A/C/G/T are popcounts of code masks
     * ({@link TwoBitCodes#countCodes}) over the stretches between N blocks, and its N the bases
     * of the N blocks in it.
     */
    private void countPacked(SequenceChunk chunk, PackedBases packed, Consumer<BinRun> out) {
        int record = coordinates.recordAt(chunk.fileOffset());
        long position = chunk.fileOffset() - coordinates.entry(record).offset();
        ByteBuffer bytes = packed.packed().order(ByteOrder.BIG_ENDIAN);
        final int[] local = tally;
        int block = 0;
        Run run = null;
        for (int from = 0, to; from < packed.count(); from = to) {
            long bin = (position + from) / binSize;
            to = (int) Math.min(packed.count(), (bin + 1) * binSize - position);
            int at = from;
            for (; block < packed.nCount() && packed.nStart(block) < to; block++) {
                int start = Math.max(at, packed.nStart(block));
                int end = Math.min(to, packed.nEnd(block));
                TwoBitCodes.countCodes(bytes, at, start, codes);
                local[N] += end - start;
                at = end;
                if (packed.nEnd(block) > to) {
                    break;
                }
            }
            TwoBitCodes.countCodes(bytes, at, to, codes);
            local[A] += codes[TwoBitCodes.A];
            local[C] += codes[TwoBitCodes.C];
            local[G] += codes[TwoBitCodes.G];
            local[T] += codes[TwoBitCodes.T];
            Arrays.fill(codes, 0);
            if (run == null || bin >= run.firstBin + MAX_RUN_BINS) {
                if (run != null) {
                    out.accept(run.finish());
                }
                run = new Run(record, bin);
            }
            run.add(bin, local);
        }
        if (run != null) {
            out.accept(run.finish());
        }
    }

    /**
     * Checks that the line-end columns of the lines from {@code line} on hold line ends within
     * {@code [from, to)}. With the run's line-end count equal to the number of those columns, no
     * base column can hold one either.
     */
    private void checkLineEnds(ByteBuffer bytes, long base, long line, long from, long to,
            int record) {
        long width = coordinates.entry(record).lineWidth();
        for (long lineEnd = coordinates.lineBasesEnd(record, line),
                next = coordinates.lineOffset(record, line + 1); lineEnd < to;
                lineEnd += width, next += width) {
            for (long at = Math.max(lineEnd, from); at < Math.min(next, to); at++) {
                if (!BinTally.isLineEnd(bytes.get((int) (at - base)))) {
                    throw uneven(coordinates.entry(record), at);
                }
            }
        }
    }

    /** Fails at the first byte of {@code [from, to)} that is not what the index puts there. */
    private void checkPlaces(ByteBuffer bytes, long base, long from, long to, int record) {
        for (long at = from; at < to; at++) {
            boolean lineEnd = BinTally.isLineEnd(bytes.get((int) (at - base)));
            if (lineEnd == coordinates.isBase(record, at)) {
                throw uneven(coordinates.entry(record), at);
            }
        }
    }

    private InputFileException uneven(FaiEntry entry, long offset) {
        return new InputFileException(path + ": byte " + offset + " of sequence '" + entry.name()
                + "' is not where its index puts a base or a line end (uneven line lengths, or a"
                + " stale .fai)");
    }

    /** Bins of one record being filled, from {@code firstBin} on. */
    private static final class Run {
        final int record;
        final long firstBin;
        final int[] counts = new int[MAX_RUN_BINS * CLASSES];
        int used;

        Run(int record, long firstBin) {
            this.record = record;
            this.firstBin = firstBin;
        }

        /** Adds (and clears) one stretch's tally to its bin. */
        void add(long bin, int[] tally) {
            int at = (int) (bin - firstBin) * CLASSES;
            for (int k = 0; k < CLASSES; k++) {
                counts[at + k] += tally[k];
                tally[k] = 0;
            }
            used = Math.max(used, at + CLASSES);
        }

        BinRun finish() {
            return new BinRun(record, firstBin, Arrays.copyOf(counts, used));
        }
    }
}
