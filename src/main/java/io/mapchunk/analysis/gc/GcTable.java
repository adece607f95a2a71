package io.mapchunk.analysis.gc;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * The client side of the windowed count: every bin of every record (24 bytes a bin), to which the
 * {@link BinRun}s of all subtasks are added in any order, then read out as windows in file order
 * with sliding sums (each bin is added and removed once per window it enters and leaves).
 */
public final class GcTable {

    private final FastaIndex index;
    private final WindowSpec spec;
    private final int[][] bins;
    private long basesAdded;

    public GcTable(FastaIndex index, WindowSpec spec) {
        this.index = index;
        this.spec = spec;
        this.bins = new int[index.size()][];
        for (int r = 0; r < index.size(); r++) {
            long cells = spec.bins(index.get(r).length()) * BinCounter.CLASSES;
            if (cells > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many bins for sequence '"
                        + index.get(r).name() + "'; use a larger window or step");
            }
            bins[r] = new int[(int) cells];
        }
    }

    /** Memory the table takes for {@code index} under {@code spec}, in bytes. */
    public static long bytesNeeded(FastaIndex index, WindowSpec spec) {
        long cells = 0;
        for (FaiEntry entry : index.entries()) {
            cells += spec.bins(entry.length()) * BinCounter.CLASSES;
        }
        return cells * Integer.BYTES;
    }

    public void add(BinRun run) {
        int[] into = bins[run.record];
        int from = (int) (run.firstBin * BinCounter.CLASSES);
        int[] counts = run.counts;
        for (int k = 0; k < counts.length; k++) {
            into[from + k] += counts[k];
            basesAdded += counts[k];
        }
    }

    /**
     * Fails unless every base of every record was added exactly once: a subtask's runs that never
     * arrived (or arrived twice) must not turn into a plausible-looking table.
     */
    public void requireComplete() {
        long expected = index.entries().stream().mapToLong(FaiEntry::length).sum();
        if (basesAdded != expected) {
            throw new IllegalStateException(basesAdded + " bases were counted into"
                    + " windows but the index has " + expected + "; nothing is written");
        }
    }

    /** The windows of record {@code ordinal}, in order. */
    public List<WindowCounts> windows(int ordinal) {
        FaiEntry entry = index.get(ordinal);
        int[] counts = bins[ordinal];
        long binSize = spec.binSize();
        long[] sum = new long[BinCounter.CLASSES];
        long nextBin = 0;
        long firstBin = 0;
        List<WindowCounts> windows = new ArrayList<>();
        for (long start = 0; start < entry.length(); start += spec.step()) {
            long end = Math.min(entry.length(), start + spec.window());
            long fromBin = start / binSize;
            long toBin = (end + binSize - 1) / binSize;
            for (; firstBin < fromBin; firstBin++) {
                if (firstBin < nextBin) {
                    addBin(sum, counts, firstBin, -1);
                }
            }
            nextBin = Math.max(nextBin, fromBin);
            for (; nextBin < toBin; nextBin++) {
                addBin(sum, counts, nextBin, 1);
            }
            windows.add(new WindowCounts(entry.name(), start, end, sum[BinCounter.A],
                    sum[BinCounter.C], sum[BinCounter.G], sum[BinCounter.T], sum[BinCounter.N],
                    sum[BinCounter.OTHER] + sum[BinCounter.U], sum[BinCounter.U]));
        }
        return windows;
    }

    private static void addBin(long[] sum, int[] counts, long bin, int sign) {
        int at = (int) bin * BinCounter.CLASSES;
        for (int k = 0; k < BinCounter.CLASSES; k++) {
            sum[k] += sign * counts[at + k];
        }
    }

    public FastaIndex index() {
        return index;
    }

    public WindowSpec spec() {
        return spec;
    }
}
