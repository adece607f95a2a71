package io.mapchunk.analysis.count;

import io.mapchunk.io.Bytes;

import javax.annotation.Nullable;
import java.nio.ByteBuffer;

/**
 * The scalar count kernel (plain Java, no Vector API): a byte histogram and the CpG pair counters
 * over one part of a sequence, fed chunk by chunk in file order. Line terminators are skipped, so
 * CpG pairs across line breaks and chunk edges count.
 *
 * <p>The hot path reads eight bytes at a time: four interleaved histograms, and strict CG pairs by
 * SWAR byte compares. Blocks of 4 KiB holding Y or R (rare) recount their pairs on a scalar path
 * for the (C|Y)(G|R) context counters that seqtk reports; the rest of the chunk stays on words.
 */
public final class ScalarCountKernel implements CountKernel {

    /** Pair class bits of a byte: may start a CpG (C, Y), may end one (G, R), or is a terminator. */
    static final int FIRST_C = 1;
    static final int FIRST_Y = 2;
    static final int SECOND_G = 4;
    static final int SECOND_R = 8;
    static final int TERMINATOR = 16;
    static final int FIRST_MASK = FIRST_C | FIRST_Y;
    static final int SECOND_MASK = SECOND_G | SECOND_R;

    private static final int[] CLASS = new int[256];
    private static final int SMALL_CHUNK = 4096;
    /** Word-path block: one holding Y or R (or following a Y) gets its pairs recounted by the scalar path. */
    private static final int BLOCK = 4096;
    /** Below this (space) a byte is a control byte: line ends are among them. */
    private static final long CONTROLS = Bytes.broadcast(' ');
    private static final long CASE = Bytes.broadcast(0x20);
    private static final long LOWER_C = Bytes.broadcast('c');
    private static final long LOWER_G = Bytes.broadcast('g');

    static {
        for (int b = 0; b < CLASS.length; b++) {
            if (Bytes.isLineEnd(b)) {
                CLASS[b] = TERMINATOR;
            }
        }
        CLASS['C'] = CLASS['c'] = FIRST_C;
        CLASS['Y'] = CLASS['y'] = FIRST_Y;
        CLASS['G'] = CLASS['g'] = SECOND_G;
        CLASS['R'] = CLASS['r'] = SECOND_R;
    }

    /** Where the dinucleotides go, when they are counted. */
    @Nullable
    private final PairCounter pairs;
    private final int[] lanes = new int[4 * 256];
    private final long[] histogram = new long[256];
    private long cpg;
    private long contextPairs;
    private long contextTransitions;
    /** C/Y class of the last non-terminator byte so far; the vector kernel hands it over. */
    int previous;
    private int firstClass = -1;

    /** Counts bases only. */
    public ScalarCountKernel() {
        this(null);
    }

    /** Counts bases, and dinucleotides into {@code pairs} when it is not null. */
    ScalarCountKernel(@Nullable PairCounter pairs) {
        this.pairs = pairs;
    }

    /** Starts a new part: no bases seen. */
    @Override
    public void reset() {
        java.util.Arrays.fill(histogram, 0);
        cpg = 0;
        contextPairs = 0;
        contextTransitions = 0;
        previous = 0;
        firstClass = -1;
    }

    /** Counts the bytes between the buffer's position and limit (little-endian order expected). */
    @Override
    public void add(ByteBuffer bytes) {
        int from = bytes.position();
        int to = bytes.limit();
        if (firstClass < 0) {
            firstClass = firstClass(bytes, from, to);
        }
        if (pairs != null) {
            pairs.add(bytes);
        }
        if (to - from < SMALL_CHUNK) {
            for (int i = from; i < to; i++) {
                histogram[bytes.get(i) & 0xff]++;
            }
            countPairsScalar(bytes, from, to);
            return;
        }
        int yOrR = 0;
        for (int block = from, end; block < to; block = end) {
            end = block + Math.min(BLOCK, to - block);
            int startState = previous;
            long strictPairs = countWords(bytes, block, end);
            int seen = yOrRInLanes();
            if (startState == FIRST_Y || seen != yOrR) {
                yOrR = seen;
                previous = startState;
                countPairsScalar(bytes, block, end);
            } else {
                cpg += strictPairs;
                contextPairs += strictPairs;
            }
        }
        flushLanes();
    }

    /** Histogram into the lanes and strict CG pairs by SWAR; updates {@link #previous}. */
    private long countWords(ByteBuffer bytes, int from, int to) {
        final int[] lane = lanes;
        long pairs = 0;
        boolean carryC = previous == FIRST_C;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = bytes.getLong(i);
            lane[(int) word & 0xff]++;
            lane[256 + ((int) (word >>> 8) & 0xff)]++;
            lane[512 + ((int) (word >>> 16) & 0xff)]++;
            lane[768 + ((int) (word >>> 24) & 0xff)]++;
            lane[(int) (word >>> 32) & 0xff]++;
            lane[256 + ((int) (word >>> 40) & 0xff)]++;
            lane[512 + ((int) (word >>> 48) & 0xff)]++;
            lane[768 + (int) (word >>> 56)]++;
            long folded = word | CASE;
            long isC = Bytes.matchBytes(folded, LOWER_C);
            long isG = Bytes.matchBytes(folded, LOWER_G);
            long terminators = Bytes.hasByteBelow(word, CONTROLS) ? Bytes.lineEndBytes(word) : 0;
            if (terminators == 0) {
                pairs += Long.bitCount(isC & (isG >>> 8));
                if (carryC && (isG & 0x80L) != 0) {
                    pairs++;
                }
                carryC = isC < 0;
            } else if ((terminators & (terminators >>> 8) & (terminators >>> 16)) == 0) {
                // pairs across a line end (C\nG, C\r\nG) by SWAR too: at most two terminators
                // between two bases inside this word; the carry skips leading terminators
                long content = ~terminators & Bytes.HIGH_BITS;
                if (content != 0) {
                    if (carryC && (isG & content & -content) != 0) {
                        pairs++;
                    }
                    long afterOne = isC & (terminators >>> 8);
                    pairs += Long.bitCount(isC & (isG >>> 8))
                            + Long.bitCount(afterOne & (isG >>> 16))
                            + Long.bitCount(afterOne & (terminators >>> 16) & (isG >>> 24));
                    carryC = (isC & Long.highestOneBit(content)) != 0;
                }
            } else {
                for (int shift = 0; shift < 64; shift += 8) {
                    int cls = CLASS[(int) (word >>> shift) & 0xff];
                    if (cls != TERMINATOR) {
                        if (carryC && cls == SECOND_G) {
                            pairs++;
                        }
                        carryC = cls == FIRST_C;
                    }
                }
            }
        }
        for (; i < to; i++) {
            int value = bytes.get(i) & 0xff;
            lane[value]++;
            int cls = CLASS[value];
            if (cls != TERMINATOR) {
                if (carryC && cls == SECOND_G) {
                    pairs++;
                }
                carryC = cls == FIRST_C;
            }
        }
        previous = carryC ? FIRST_C : 0;
        return pairs;
    }

    private void countPairsScalar(ByteBuffer bytes, int from, int to) {
        int prev = previous;
        for (int i = from; i < to; i++) {
            int cls = CLASS[bytes.get(i) & 0xff];
            if (cls == TERMINATOR) {
                continue;
            }
            if (prev != 0 && (cls & SECOND_MASK) != 0) {
                countPair(prev, cls);
            }
            prev = cls & FIRST_MASK;
        }
        previous = prev;
    }

    private void countPair(int first, int second) {
        contextPairs++;
        if (first == FIRST_C && second == SECOND_G) {
            cpg++;
        }
        if (first == FIRST_Y) {
            contextTransitions++;
        }
        if (second == SECOND_R) {
            contextTransitions++;
        }
    }

    /** Y and R bytes counted in the lanes so far (they are emptied only at the end of a chunk). */
    private int yOrRInLanes() {
        final int[] lane = lanes;
        int sum = 0;
        for (int base = 0; base < lane.length; base += 256) {
            sum += lane[base + 'Y'] + lane[base + 'y'] + lane[base + 'R'] + lane[base + 'r'];
        }
        return sum;
    }

    private void flushLanes() {
        final int[] lane = lanes;
        for (int value = 0; value < 256; value++) {
            histogram[value] += (long) lane[value] + lane[256 + value] + lane[512 + value]
                    + lane[768 + value];
        }
        java.util.Arrays.fill(lane, 0);
    }

    /**
     * The counts so far; the pair classes of the part's edges are {@link #firstClass()} and
     * {@link #lastClass()}.
     */
    @Override
    public BaseCounts counts() {
        BaseCounts counts = new BaseCounts();
        for (int value = 0; value < 256; value++) {
            long count = histogram[value];
            if (count != 0 && CLASS[value] != TERMINATOR) {
                counts.addByte(value, count);
            }
        }
        counts.cpg = cpg;
        counts.cpgContextPairs = contextPairs;
        counts.cpgContextTransitions = contextTransitions;
        return counts;
    }

    /** Pair class of the first non-terminator byte of the part, or 0 if there is none. */
    @Override
    public int firstClass() {
        return Math.max(firstClass, 0);
    }

    /** C/Y class of the last non-terminator byte of the part (0 if not C or Y, or no bases). */
    @Override
    public int lastClass() {
        return previous;
    }

    /** The pair class of the first byte in {@code bytes[from, to)} that is no line end, or -1. */
    static int firstClass(ByteBuffer bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int cls = CLASS[bytes.get(i) & 0xff];
            if (cls != TERMINATOR) {
                return cls;
            }
        }
        return -1;
    }

    /** The pair class of {@code value}: {@link #FIRST_C}, {@link #FIRST_Y}, ... or 0. */
    static int classOf(byte value) {
        return CLASS[value & 0xff];
    }

    /** Adds the pair formed by a part ending in {@code lastClass} and one starting in {@code firstClass}. */
    public static void bridge(int lastClass, int firstClass, BaseCounts into) {
        int first = lastClass & FIRST_MASK;
        int second = firstClass & SECOND_MASK;
        if (first == 0 || second == 0) {
            return;
        }
        into.cpgContextPairs++;
        if (first == FIRST_C && second == SECOND_G) {
            into.cpg++;
        }
        if (first == FIRST_Y) {
            into.cpgContextTransitions++;
        }
        if (second == SECOND_R) {
            into.cpgContextTransitions++;
        }
    }
}
