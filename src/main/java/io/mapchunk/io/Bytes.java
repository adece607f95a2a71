package io.mapchunk.io;

/**
 * The byte tests every scan loop shares: line ends, and word-at-a-time (SWAR) compares of eight
 * little-endian bytes in a {@code long}. A mask has 0x80 in each flagged byte and zero elsewhere.
 * Every method is static and a few instructions long, so C2 inlines them into the hot loops.
 */
public final class Bytes {

    /** Bit 7 of every byte: the bits a mask may hold. */
    public static final long HIGH_BITS = 0x8080808080808080L;

    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long ONES = 0x0101010101010101L;
    private static final long NEWLINES = broadcast('\n');
    private static final long RETURNS = broadcast('\r');

    private Bytes() {}

    /** Whether {@code b} ends a line: {@code \n} or {@code \r}. */
    public static boolean isLineEnd(int b) {
        return b == '\n' || b == '\r';
    }

    /** The low byte of {@code b} in all eight bytes of a word. */
    public static long broadcast(int b) {
        return (b & 0xFFL) * ONES;
    }

    /** Mask of the zero bytes of {@code word} (exact: no false hits next to a zero). */
    public static long zeroBytes(long word) {
        return ~(((word & LOW7) + LOW7) | word | LOW7);
    }

    /** Mask of the bytes of {@code word} equal to the byte {@link #broadcast} into {@code pattern}. */
    public static long matchBytes(long word, long pattern) {
        return zeroBytes(word ^ pattern);
    }

    /** Mask of the {@code \n} and {@code \r} bytes of {@code word}. */
    public static long lineEndBytes(long word) {
        return matchBytes(word, NEWLINES) | matchBytes(word, RETURNS);
    }

    /**
     * Mask of the bytes of {@code word} below the byte broadcast into {@code bounds} (at most 0x80),
     * reading bytes from 0x80 up as not below.
     */
    public static long bytesBelow(long word, long bounds) {
        return ~(((word & LOW7) + (HIGH_BITS - bounds)) | word) & HIGH_BITS;
    }

    /**
     * Whether some byte of {@code word} is below the byte broadcast into {@code bounds} (at most
     * 0x80). Cheaper than {@link #bytesBelow}, but only the yes/no answer is exact.
     */
    public static boolean hasByteBelow(long word, long bounds) {
        return ((word - bounds) & ~word & HIGH_BITS) != 0;
    }

    /** Index (0 to 7, in memory order) of the first byte flagged in a non-zero {@code mask}. */
    public static int firstByte(long mask) {
        return Long.numberOfTrailingZeros(mask) >>> 3;
    }
}
