package io.mapchunk.format;

import java.nio.ByteBuffer;

/**
 * The 2-bit codes of a {@code .2bit} file and their text: T=00, C=01, A=10, G=11, four bases a
 * byte, the first in the high bits. Text is what {@code twoBitToFa} prints: uppercase bases, 'N'
 * inside N blocks, lowercase inside mask blocks (so 'n' where both are). Four bases are decoded at
 * once, by a table of a byte's letters in either case.
 */
public final class TwoBitCodes {

    public static final int T = 0;
    public static final int C = 1;
    public static final int A = 2;
    public static final int G = 3;

    private static final long LOW_BITS = 0x5555555555555555L;
    private static final byte[] LETTERS = {'T', 'C', 'A', 'G'};
    private static final byte[] LOWER_LETTERS = {'t', 'c', 'a', 'g'};
    /** The four letters of a packed byte as a little-endian int (first base in the low byte). */
    private static final int[] TEXT = text(LETTERS);
    private static final int[] LOWER_TEXT = text(LOWER_LETTERS);

    private static int[] text(byte[] letters) {
        int[] table = new int[256];
        for (int v = 0; v < 256; v++) {
            for (int i = 0; i < 4; i++) {
                table[v] |= (letters[code(v, i)] & 0xff) << (8 * i);
            }
        }
        return table;
    }

    private TwoBitCodes() {}

    /** The code of base {@code i} (0-3) of packed byte {@code value}. */
    public static int code(int value, int i) {
        return (value >>> (6 - 2 * i)) & 3;
    }

    /**
     * Writes the text of {@code count} bases into {@code out[at, at + count)} (little-endian): the
     * bases start at base {@code first} of the packed bytes from {@code packed[0]}; {@code n} and
     * {@code mask} hold {@code nCount} and {@code maskCount} (start, end) pairs of blocks, sorted,
     * relative to the first base and inside {@code [0, count)}.
     */
    public static void decode(ByteBuffer packed, long first, int count, int[] n, int nCount,
            int[] mask, int maskCount, ByteBuffer out, int at) {
        int done = 0;
        for (int i = 0; i < maskCount; i++) {
            unpack(packed, first, done, mask[2 * i], out, at, TEXT, LETTERS);
            unpack(packed, first, mask[2 * i], mask[2 * i + 1], out, at, LOWER_TEXT,
                    LOWER_LETTERS);
            done = mask[2 * i + 1];
        }
        unpack(packed, first, done, count, out, at, TEXT, LETTERS);
        for (int i = 0; i < nCount; i++) {
            for (int b = n[2 * i]; b < n[2 * i + 1]; b++) {
                out.put(at + b, (byte) ('N' | (out.get(at + b) & 0x20)));
            }
        }
    }

    /**
     * Adds the number of bases of each code among bases {@code [from, to)} of {@code packed}
     * (big-endian; base 0 in the high bits of byte 0) to {@code counts[code]}: per 64-bit word of
     * 32 bases, the popcounts of the code masks.
     */
    public static void countCodes(ByteBuffer packed, int from, int to, int[] counts) {
        int i = from;
        for (; i < to && (i & 3) != 0; i++) {
            counts[code(packed.get(i >>> 2) & 0xff, i & 3)]++;
        }
        int words = i;
        int a = 0;
        int c = 0;
        int g = 0;
        for (; i + 32 <= to; i += 32) {
            long word = packed.getLong(i >>> 2);
            long high = (word >>> 1) & LOW_BITS;
            long low = word & LOW_BITS;
            g += Long.bitCount(high & low);
            a += Long.bitCount(high & ~low);
            c += Long.bitCount(low & ~high);
        }
        counts[A] += a;
        counts[C] += c;
        counts[G] += g;
        counts[T] += (i - words) - a - c - g;
        for (; i < to; i++) {
            counts[code(packed.get(i >>> 2) & 0xff, i & 3)]++;
        }
    }

    /** Letters of bases [from, to) (relative to base {@code first} of {@code packed}). */
    private static void unpack(ByteBuffer packed, long first, int from, int to, ByteBuffer out,
            int at, int[] text, byte[] letters) {
        int i = from;
        long base = first + from;
        for (; i < to && (base & 3) != 0; i++, base++) {
            out.put(at + i, letters[code(packed.get((int) (base >>> 2)) & 0xff, (int) (base & 3))]);
        }
        int in = (int) (base >>> 2);
        int pairs = (to - i) >>> 3;
        for (int p = 0; p < pairs; p++, in += 2, i += 8) {
            out.putLong(at + i, (text[packed.get(in) & 0xff] & 0xffffffffL)
                    | (long) text[packed.get(in + 1) & 0xff] << 32);
        }
        if (i + 4 <= to) {
            out.putInt(at + i, text[packed.get(in++) & 0xff]);
            i += 4;
        }
        for (int b = 0; i < to; i++, b++) {
            out.put(at + i, letters[code(packed.get(in) & 0xff, b)]);
        }
    }
}
