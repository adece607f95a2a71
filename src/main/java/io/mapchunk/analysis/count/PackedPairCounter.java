package io.mapchunk.analysis.count;

import io.mapchunk.source.PackedBases;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Counts the adjacent base pairs of one part of a {@code .2bit} record on its packed codes, as
 * {@link PairCounter} does on text: per 64-bit word of 32 bases, a mask of each code, and the
 * pairs (x, y) as the popcount of x's mask and y's mask shifted by one base (sixteen counters kept
 * in locals along a stretch, cells {@code x * 5 + y} of A, C, G, T). Pairs touching N are
 * not among the 16 counted, so only the stretches between N blocks are read; the part's first and
 * last classes are kept ({@link PairCounter#OTHER} for N) for the pairs across part edges.
 */
final class PackedPairCounter {

    private static final long LOW_BITS = 0x5555555555555555L;
    /** Pair class (A, C, G, T = 0-3) of each 2-bit code (T, C, A, G). */
    private static final int[] CLASS = {3, 1, 0, 2};

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
        long aa = 0, ac = 0, ag = 0, at = 0, ca = 0, cc = 0, cg = 0, ct = 0;
        long ga = 0, gc = 0, gg = 0, gt = 0, ta = 0, tc = 0, tg = 0, tt = 0;
        for (; i + 32 <= to; i += 32) {
            long word = packed.getLong(i >>> 2);
            previous = pair(local, previous, CLASS[(int) (word >>> 62)]);
            long high = (word >>> 1) & LOW_BITS;
            long low = word & LOW_BITS;
            long a = high & ~low;
            long c = low & ~high;
            long g = high & low;
            long t = LOW_BITS & ~(high | low);
            long a2 = a << 2;
            long c2 = c << 2;
            long g2 = g << 2;
            long t2 = t << 2;
            aa += Long.bitCount(a & a2);
            ac += Long.bitCount(a & c2);
            ag += Long.bitCount(a & g2);
            at += Long.bitCount(a & t2);
            ca += Long.bitCount(c & a2);
            cc += Long.bitCount(c & c2);
            cg += Long.bitCount(c & g2);
            ct += Long.bitCount(c & t2);
            ga += Long.bitCount(g & a2);
            gc += Long.bitCount(g & c2);
            gg += Long.bitCount(g & g2);
            gt += Long.bitCount(g & t2);
            ta += Long.bitCount(t & a2);
            tc += Long.bitCount(t & c2);
            tg += Long.bitCount(t & g2);
            tt += Long.bitCount(t & t2);
            previous = CLASS[(int) word & 3];
        }
        local[0] += aa;
        local[1] += ac;
        local[2] += ag;
        local[3] += at;
        local[5] += ca;
        local[6] += cc;
        local[7] += cg;
        local[8] += ct;
        local[10] += ga;
        local[11] += gc;
        local[12] += gg;
        local[13] += gt;
        local[15] += ta;
        local[16] += tc;
        local[17] += tg;
        local[18] += tt;
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
