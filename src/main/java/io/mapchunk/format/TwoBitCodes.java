package io.mapchunk.format;

import java.nio.ByteBuffer;

/**
 * The 2-bit codes of a {@code .2bit} file and their text: T=00, C=01, A=10, G=11, four bases a
 * byte, the first in the high bits. Text is what {@code twoBitToFa} prints: uppercase bases, 'N'
 * inside N blocks, lowercase inside mask blocks.
 */
public final class TwoBitCodes {

    public static final int T = 0;
    public static final int C = 1;
    public static final int A = 2;
    public static final int G = 3;

    private static final byte[] LETTERS = {'T', 'C', 'A', 'G'};
    /** The four letters of a packed byte as a little-endian int (first base in the low byte). */
    private static final int[] TEXT = new int[256];

    static {
        for (int v = 0; v < 256; v++) {
            int text = 0;
            for (int i = 0; i < 4; i++) {
                text |= (LETTERS[code(v, i)] & 0xff) << (8 * i);
            }
            TEXT[v] = text;
        }
    }

    private TwoBitCodes() {}

    /** The code of base {@code i} (0-3) of packed byte {@code value}. */
    public static int code(int value, int i) {
        return (value >>> (6 - 2 * i)) & 3;
    }

    /** The uppercase letter of a code. */
    public static byte letter(int code) {
        return LETTERS[code];
    }

    /**
     * Writes the uppercase letters of {@code count} bases into {@code out[at, at + count)}: the
     * bases start at base {@code skip} (0-3) of the byte at {@code packed[from]}. {@code out} must
     * be little-endian.
     */
    public static void unpack(ByteBuffer packed, int from, int skip, int count, ByteBuffer out,
            int at) {
        int i = 0;
        int in = from;
        if (skip > 0) {
            int value = packed.get(in++) & 0xff;
            for (int b = skip; b < 4 && i < count; b++) {
                out.put(at + i++, LETTERS[code(value, b)]);
            }
        }
        for (; i + 4 <= count; i += 4) {
            out.putInt(at + i, TEXT[packed.get(in++) & 0xff]);
        }
        if (i < count) {
            int value = packed.get(in) & 0xff;
            for (int b = 0; i < count; b++) {
                out.put(at + i++, LETTERS[code(value, b)]);
            }
        }
    }

    /** Sets {@code out[from, to)} to 'N'. */
    public static void fillN(ByteBuffer out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.put(i, (byte) 'N');
        }
    }

    /** Lowercases {@code out[from, to)} (letters only, as they all are). */
    public static void lower(ByteBuffer out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.put(i, (byte) (out.get(i) | 0x20));
        }
    }
}
