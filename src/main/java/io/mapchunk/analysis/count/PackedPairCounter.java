package io.mapchunk.analysis.count;

import io.mapchunk.format.TwoBitCodes;
import io.mapchunk.source.PackedBases;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Counts the adjacent base pairs of one part of a {@code .2bit} record on its packed codes, as
 * {@link PairCounter} does on text: per 64-bit word of 32 bases, a mask of each code, and the
 * pairs (x, y) as the popcount of x's mask and y's mask shifted by one base, for x and y among A, C
 * and G; the seven pairs with a T follow from the counts of each code. Pairs touching N are
 * not among the 16 counted, so only the stretches between N blocks are read; the part's first and
 * last classes are kept ({@link PairCounter#OTHER} for N) for the pairs across part edges.
 */
final class PackedPairCounter {

    private static final long LOW_BITS = 0x5555555555555555L;
    /** Pair class (A, C, G, T = 0-3) of each 2-bit code (T, C, A, G). */
    private static final int[] CLASS = {3, 1, 0, 2};

    /** How many words began (ended) with each code, for the pairs with a T. */
    private final long[] firstCodes = new long[4];
    private final long[] lastCodes = new long[4];
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
        long aa = 0;
        long ac = 0;
        long ag = 0;
        long ca = 0;
        long cc = 0;
        long cg = 0;
        long ga = 0;
        long gc = 0;
        long gg = 0;
        long bases = 0;
        long allA = 0;
        long allC = 0;
        long allG = 0;
        final long[] firsts = firstCodes;
        final long[] lasts = lastCodes;
        for (; i + 32 <= to; i += 32) {
            long word = packed.getLong(i >>> 2);
            previous = pair(local, previous, CLASS[(int) (word >>> 62)]);
            long high = (word >>> 1) & LOW_BITS;
            long low = word & LOW_BITS;
            long a = high & ~low;
            long c = low & ~high;
            long g = high & low;
            long a2 = a << 2;
            long c2 = c << 2;
            long g2 = g << 2;
            allA += Long.bitCount(a);
            allC += Long.bitCount(c);
            allG += Long.bitCount(g);
            aa += Long.bitCount(a & a2);
            ac += Long.bitCount(a & c2);
            ag += Long.bitCount(a & g2);
            ca += Long.bitCount(c & a2);
            cc += Long.bitCount(c & c2);
            cg += Long.bitCount(c & g2);
            ga += Long.bitCount(g & a2);
            gc += Long.bitCount(g & c2);
            gg += Long.bitCount(g & g2);
            firsts[(int) (word >>> 62)]++;
            lasts[(int) word & 3]++;
            bases += 32;
            previous = CLASS[(int) word & 3];
        }
        if (bases > 0) {
            // each base but a word's last starts a pair in its word, each but its first ends one:
            // the pairs with a T follow from those sums
            long allT = bases - allA - allC - allG;
            long startA = allA - lasts[TwoBitCodes.A];
            long startC = allC - lasts[TwoBitCodes.C];
            long startG = allG - lasts[TwoBitCodes.G];
            long startT = allT - lasts[TwoBitCodes.T];
            long ta = allA - firsts[TwoBitCodes.A] - aa - ca - ga;
            long tc = allC - firsts[TwoBitCodes.C] - ac - cc - gc;
            long tg = allG - firsts[TwoBitCodes.G] - ag - cg - gg;
            add(local, aa, ac, ag, startA - aa - ac - ag, 0);
            add(local, ca, cc, cg, startC - ca - cc - cg, 5);
            add(local, ga, gc, gg, startG - ga - gc - gg, 10);
            add(local, ta, tc, tg, startT - ta - tc - tg, 15);
            java.util.Arrays.fill(firsts, 0);
            java.util.Arrays.fill(lasts, 0);
        }
        for (; i < to; i++) {
            previous = pair(local, previous, CLASS[code(packed, i)]);
        }
        last = previous;
    }

    private static void add(long[] cells, long a, long c, long g, long t, int row) {
        cells[row] += a;
        cells[row + 1] += c;
        cells[row + 2] += g;
        cells[row + 3] += t;
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
