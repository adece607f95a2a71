package io.mapchunk.analysis.gc;

import io.mapchunk.io.VectorApi;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Adds the classes of a run of bytes to a tally: A, C, G, T, N, other, U (the
 * {@link BinCounter#CLASSES}) and line ends ({@link #LINE_END}), letters in either case. This one
 * looks a byte up at a time; {@link VectorBinTally} compares a vector at a time.
 */
class BinTally {

    /** Slot of the tally that counts {@code \n} and {@code \r}. */
    static final int LINE_END = BinCounter.CLASSES;
    /** Slots in a tally. */
    static final int SLOTS = LINE_END + 1;
    private static final byte[] CLASS = new byte[256];

    static {
        Arrays.fill(CLASS, (byte) BinCounter.OTHER);
        for (char base : "AaCcGgTtNn".toCharArray()) {
            CLASS[base] = (byte) "ACGTN".indexOf(Character.toUpperCase(base));
        }
        CLASS['U'] = BinCounter.U;
        CLASS['u'] = BinCounter.U;
        CLASS['\n'] = LINE_END;
        CLASS['\r'] = LINE_END;
    }

    /** The vector tally if {@link VectorApi#enabled()}, else this plain one. */
    static BinTally create() {
        return VectorApi.enabled() ? VectorBinTally.newTally() : new BinTally();
    }

    /** Adds the classes of {@code bytes[from, to)} to {@code tally}. */
    void add(ByteBuffer bytes, int from, int to, int[] tally) {
        addScalar(bytes, from, to, tally);
    }

    final void addScalar(ByteBuffer bytes, int from, int to, int[] tally) {
        for (int i = from; i < to; i++) {
            tally[CLASS[bytes.get(i) & 0xff]]++;
        }
    }

    /** Whether {@code b} is a line end, as the tally counts it. */
    static boolean isLineEnd(byte b) {
        return CLASS[b & 0xff] == LINE_END;
    }
}
