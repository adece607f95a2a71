package io.mapchunk.analysis.count;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Counts the adjacent base pairs of one part, a byte at a time: {@link #cells} holds
 * {@code first * 5 + second} for classes A, C, G, T (0-3) and other (4); line ends are passed over,
 * so pairs cross them. Also keeps the classes of the part's first and last bytes other than line
 * ends, for the pairs across part edges. Fed by a count kernel, in the same sweep as the base
 * counts ({@link CountKernels#create(boolean, PairCounter)}); {@link VectorPairCounter} is the
 * fast version.
 */
class PairCounter {

    static final int OTHER = 4;
    static final int NONE = -1;
    /** Line ends: passed over. */
    private static final int SKIP = 5;
    private static final byte[] CLASS = new byte[256];

    static {
        Arrays.fill(CLASS, (byte) OTHER);
        for (int i = 0; i < 4; i++) {
            CLASS["ACGT".charAt(i)] = (byte) i;
            CLASS["acgt".charAt(i)] = (byte) i;
        }
        CLASS['\n'] = SKIP;
        CLASS['\r'] = SKIP;
    }

    long[] cells = new long[25];
    int first = NONE;
    int last = NONE;

    static int classOf(byte value) {
        return CLASS[value & 0xff];
    }

    void reset() {
        cells = new long[25];
        first = NONE;
        last = NONE;
    }

    void add(ByteBuffer bytes) {
        addScalar(bytes, bytes.position(), bytes.limit());
    }

    /**
     * Counts a block that a count kernel has copied to {@code in[start, start + count)} from
     * {@code bytes[from, from + count)}; here a byte at a time from {@code bytes}.
     */
    void addBlock(byte[] in, int start, int count, ByteBuffer bytes, int from) {
        addScalar(bytes, from, from + count);
    }

    /** Counts {@code bytes[from, to)} a byte at a time. */
    final void addScalar(ByteBuffer bytes, int from, int to) {
        final long[] local = cells;
        int previous = last;
        for (int i = from; i < to; i++) {
            int c = CLASS[bytes.get(i) & 0xff];
            if (c == SKIP) {
                continue;
            }
            if (previous == NONE) {
                first = c;
            } else {
                local[previous * 5 + c]++;
            }
            previous = c;
        }
        last = previous;
    }
}
