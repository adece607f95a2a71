package io.mapchunk.analysis.count;

import io.mapchunk.format.TwoBitCodes;
import io.mapchunk.source.PackedBases;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Counts one part of a {@code .2bit} record on its packed codes, without decoding: a 64-bit word
 * holds 32 bases, and the bases of each code are the popcount of a mask of it (G = both bits set,
 * A = high only, C = low only, T = the rest). Bases under N blocks count as N whatever code the
 * file holds there: only the stretches between N blocks are read. Lowercase comes from the mask
 * blocks (N inside one is lowercase 'n', as in the text). CpG is a C code followed by a G code,
 * across word and chunk edges but not across N. The counts equal those of the scalar kernel
 * ({@link ScalarCountKernel}) on the decoded text ({@code twoBitToFa}'s), which holds only
 * A/C/G/T/N in either case: so the seqtk context pairs are the CpG pairs and there are no context
 * transitions.
 */
final class PackedCounter {

    private static final long LOW_BITS = 0x5555555555555555L;
    /** The low bit of the first base of a word (its highest two bits). */
    private static final long FIRST_BASE = 1L << 62;

    private final long[] codes = new long[4];
    private long length;
    private long n;
    private long lower;
    private long cpg;
    /** Whether the last base so far is a C (not under N). */
    private boolean previousC;
    private int firstClass = -1;

    void reset() {
        java.util.Arrays.fill(codes, 0);
        length = 0;
        n = 0;
        lower = 0;
        cpg = 0;
        previousC = false;
        firstClass = -1;
    }

    boolean isEmpty() {
        return length == 0;
    }

    void add(PackedBases bases) {
        int count = bases.count();
        if (count == 0) {
            return;
        }
        ByteBuffer packed = bases.packed().order(ByteOrder.BIG_ENDIAN);
        if (firstClass < 0) {
            boolean firstIsN = bases.nCount() > 0 && bases.nStart(0) == 0;
            firstClass = firstIsN ? 0 : classOf(code(packed, 0));
        }
        length += count;
        for (int i = 0; i < bases.maskCount(); i++) {
            lower += bases.maskEnd(i) - bases.maskStart(i);
        }
        int from = 0;
        for (int i = 0; i < bases.nCount(); i++) {
            countStretch(packed, from, bases.nStart(i));
            n += bases.nEnd(i) - bases.nStart(i);
            previousC = false;
            from = bases.nEnd(i);
        }
        countStretch(packed, from, count);
    }

    /** Counts bases [from, to) of the chunk, none of them under N. */
    private void countStretch(ByteBuffer packed, int from, int to) {
        int i = from;
        boolean carry = previousC;
        for (; i < to && (i & 3) != 0; i++) {
            carry = tally(code(packed, i), carry);
        }
        long c = 0;
        long a = 0;
        long g = 0;
        long pairs = 0;
        int words = i;
        for (; i + 32 <= to; i += 32) {
            long word = packed.getLong(i >>> 2);
            long high = (word >>> 1) & LOW_BITS;
            long low = word & LOW_BITS;
            long isG = high & low;
            long isC = low & ~high;
            g += Long.bitCount(isG);
            a += Long.bitCount(high & ~low);
            c += Long.bitCount(isC);
            pairs += Long.bitCount(isC & (isG << 2));
            if (carry && (isG & FIRST_BASE) != 0) {
                pairs++;
            }
            carry = (isC & 1) != 0;
        }
        codes[TwoBitCodes.C] += c;
        codes[TwoBitCodes.A] += a;
        codes[TwoBitCodes.G] += g;
        codes[TwoBitCodes.T] += (i - words) - c - a - g;
        cpg += pairs;
        for (; i < to; i++) {
            carry = tally(code(packed, i), carry);
        }
        previousC = carry;
    }

    /** Counts one base; returns whether it is a C. */
    private boolean tally(int code, boolean previousWasC) {
        codes[code]++;
        if (previousWasC && code == TwoBitCodes.G) {
            cpg++;
        }
        return code == TwoBitCodes.C;
    }

    private static int code(ByteBuffer packed, int base) {
        return TwoBitCodes.code(packed.get(base >>> 2) & 0xff, base & 3);
    }

    private static int classOf(int code) {
        return code == TwoBitCodes.C ? ScalarCountKernel.FIRST_C
                : code == TwoBitCodes.G ? ScalarCountKernel.SECOND_G : 0;
    }

    BaseCounts counts() {
        BaseCounts counts = new BaseCounts();
        counts.length = length;
        counts.a = codes[TwoBitCodes.A];
        counts.c = codes[TwoBitCodes.C];
        counts.g = codes[TwoBitCodes.G];
        counts.t = codes[TwoBitCodes.T];
        counts.n = n;
        counts.lower = lower;
        counts.cpg = cpg;
        counts.cpgContextPairs = cpg;
        return counts;
    }

    int firstClass() {
        return Math.max(firstClass, 0);
    }

    int lastClass() {
        return previousC ? ScalarCountKernel.FIRST_C : 0;
    }
}
