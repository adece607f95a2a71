package io.mapchunk.analysis.gc;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.GenomeCoordinates;
import io.mapchunk.io.InputFileException;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.source.SequenceChunk;

import java.nio.ByteBuffer;
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

    private static final int TERMINATOR = 7;
    private static final byte[] CLASS = new byte[256];

    static {
        Arrays.fill(CLASS, (byte) OTHER);
        for (char base : "AaCcGgTtNn".toCharArray()) {
            CLASS[base] = (byte) "ACGTN".indexOf(Character.toUpperCase(base));
        }
        CLASS['U'] = U;
        CLASS['u'] = U;
        CLASS['\n'] = TERMINATOR;
        CLASS['\r'] = TERMINATOR;
    }

    private final String path;
    private final GenomeCoordinates coordinates;
    private final long binSize;
    private final int[] tally = new int[TERMINATOR + 1];

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

    /** Counts the bases of {@code record} from {@code offset} to the chunk end or record end. */
    private long countRecord(ByteBuffer bytes, long base, long offset, long end, int record,
            Consumer<BinRun> out) {
        long basesEnd = Math.min(end, coordinates.endOffset(record));
        Run run = null;
        long line = coordinates.lineOf(record, offset);
        while (offset < basesEnd) {
            long lineStart = coordinates.lineOffset(record, line);
            long lineEnd = Math.min(basesEnd, coordinates.lineOffset(record, line + 1));
            long basesStop = Math.min(lineEnd, coordinates.lineBasesEnd(record, line));
            if (offset < basesStop) {
                long position = coordinates.linePosition(record, line) + (offset - lineStart);
                run = countBases(bytes, base, offset, basesStop, position, record, run, out);
                offset = basesStop;
            }
            checkTerminators(bytes, base, offset, lineEnd, coordinates.entry(record));
            offset = lineEnd;
            line++;
        }
        if (run != null) {
            out.accept(run.finish());
        }
        return basesEnd;
    }

    /** Counts bases at file offsets [from, to), the first at record position {@code position}. */
    private Run countBases(ByteBuffer bytes, long base, long from, long to, long position,
            int record, Run run, Consumer<BinRun> out) {
        final int[] local = tally;
        int i = (int) (from - base);
        int stop = (int) (to - base);
        while (i < stop) {
            long bin = position / binSize;
            if (run == null || bin >= run.firstBin + MAX_RUN_BINS) {
                if (run != null) {
                    out.accept(run.finish());
                }
                run = new Run(record, bin);
            }
            int take = (int) Math.min(stop - i, (bin + 1) * binSize - position);
            for (int k = i; k < i + take; k++) {
                local[CLASS[bytes.get(k) & 0xff]]++;
            }
            if (local[TERMINATOR] != 0) {
                throw uneven(coordinates.entry(record), base + i);
            }
            run.add(bin, local);
            i += take;
            position += take;
        }
        return run;
    }

    private void checkTerminators(ByteBuffer bytes, long base, long from, long to, FaiEntry entry) {
        for (long offset = from; offset < to; offset++) {
            if (CLASS[bytes.get((int) (offset - base)) & 0xff] != TERMINATOR) {
                throw uneven(entry, offset);
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
