package io.mapchunk.analysis.count;

import io.mapchunk.source.PackedBases;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Counts the adjacent base pairs of one part of a {@code .2bit} record on its packed codes, as
 * {@link PairCounter} does on text: per 64-bit word of 32 bases, a mask of each code, and the
 * pairs (x, y) as the popcount of x's mask and y's mask shifted by one base. Pairs touching N are
 * not among the 16 counted, so only the stretches between N blocks are read; the part's first and
 * last classes are kept ({@link PairCounter#OTHER} for N) for the pairs across part edges.
 */
final class PackedPairCounter {

    private static final long LOW_BITS = 0x5555555555555555L;
    /** Pair class (A, C, G, T = 0-3) of each 2-bit code (T, C, A, G). */
    private static final int[] CLASS = {3, 1, 0, 2};

    private final long[] masks = new long[4];
    long[] cells = new long[25];
    int first = PairCounter.NONE;
    int last = PairCounter.NONE;

    void reset() {
        cells = new long[25];
        first = PairCounter.NONE;
        last = PairCounter.NONE;
    }

    boolean isEmpty() {
        return first == PairCounter.NONE;
    }

    void add(PackedBases bases) {
        int count = bases.count();
        if (count == 0) {
            return;
        }
        ByteBuffer packed = bases.packed().order(ByteOrder.BIG_ENDIAN);
        int from = 0;
        for (int i = 0; i < bases.nCount(); i++) {
            countStretch(packed, from, bases.nStart(i));
            if (bases.nEnd(i) > bases.nStart(i)) {
                if (first == PairCounter.NONE) {
                    first = PairCounter.OTHER;
                }
                last = PairCounter.OTHER;
            }
            from = bases.nEnd(i);
        }
        countStretch(packed, from, count);
    }

    /** Counts the pairs ending in bases [from, to) of the chunk, none of them under N. */
    private void countStretch(ByteBuffer packed, int from, int to) {
        if (from >= to) {
            return;
        }
        if (first == PairCounter.NONE) {
            first = CLASS[code(packed, from)];
        }
        final long[] local = cells;
        int previous = last;
        int i = from;
        for (; i < to && (i & 3) != 0; i++) {
            previous = pair(local, previous, CLASS[code(packed, i)]);
        }
        for (; i + 32 <= to; i += 32) {
            long word = packed.getLong(i >>> 2);
            long high = (word >>> 1) & LOW_BITS;
            long low = word & LOW_BITS;
            masks[0] = high & ~low;          // A
            masks[1] = low & ~high;          // C
            masks[2] = high & low;           // G
            masks[3] = LOW_BITS & ~(high | low); // T
            previous = pair(local, previous, CLASS[(int) (word >>> 62)]);
            for (int x = 0; x < 4; x++) {
                long mask = masks[x];
                for (int y = 0; y < 4; y++) {
                    local[x * 5 + y] += Long.bitCount(mask & (masks[y] << 2));
                }
            }
            previous = CLASS[(int) word & 3];
        }
        for (; i < to; i++) {
            previous = pair(local, previous, CLASS[code(packed, i)]);
        }
        last = previous;
    }

    private static int pair(long[] cells, int previous, int current) {
        if (previous != PairCounter.NONE) {
            cells[previous * 5 + current]++;
        }
        return current;
    }

    private static int code(ByteBuffer packed, int base) {
        return (packed.get(base >>> 2) >>> (6 - 2 * (base & 3))) & 3;
    }
}
