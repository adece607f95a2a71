package io.mapchunk.analysis.count;

import io.mapchunk.io.VectorLanes;
import io.mapchunk.io.Bytes;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@link CountKernel}'s counts with the Vector API (jdk.incubator.vector): chunks are copied 64 KiB
 * at a time into an array, and each 4 KiB block is counted a vector at a time, with compare results
 * accumulated in byte lanes (A, C, G, T, terminators, lowercase, strict CG pairs).
 *
 * <p>The fast path knows only A C G T N (either case), LF and CR. A CG pair is found from the G by
 * looking back one, two or three bytes, so up to two line terminators may sit between C and G; the
 * three bytes before a block are written from the carried pair state, so pairs cross block and
 * chunk edges. A block that holds anything else (IUPAC codes, other bytes, three terminators in a
 * row), or follows a Y, is recounted exactly by a {@link CountKernel}, which keeps the histogram and
 * the (C|Y)(G|R) context counters for it.
 */
final class VectorCountKernel implements BaseCountKernel {

    /**
     * The platform's preferred width (512-bit with AVX-512: 10-15% faster than 256-bit there, see
     * BENCHMARKS.md); {@code -Dmapchunk.kernel.bits=256} picks another, for comparisons.
     */
    private static final VectorSpecies<Byte> SPECIES = VectorSpecies.of(byte.class,
            Integer.getInteger("mapchunk.kernel.bits") == null ? VectorShape.preferredShape()
                    : VectorShape.forBitSize(Integer.getInteger("mapchunk.kernel.bits")));
    private static final int LANES = SPECIES.length();
    /** Bytes counted by vectors before the lane sums are taken (a lane holds at most 255). */
    private static final int BLOCK = Math.min(4096, 128 * LANES);
    private static final int COPY = 64 << 10;
    /** Room before a block for the three bytes of pair history. */
    private static final int HISTORY = 3;

    private static final byte CASE = 0x20;
    private static final byte LF = '\n';
    private static final byte CR = '\r';
    /** Below this (signed) a byte of a fast block is a terminator: only LF and CR are there. */
    private static final byte TERMINATOR_BOUND = CR + 1;

    private final byte[] copy = new byte[HISTORY + COPY + LANES];
    private final CountKernel scalar = new CountKernel();

    private long a;
    private long c;
    private long g;
    private long t;
    private long n;
    private long lower;
    private long cpg;
    private int previous;
    private int firstClass = -1;

    static String describe() {
        return SPECIES.vectorBitSize() + "-bit";
    }

    @Override
    public void reset() {
        scalar.reset();
        a = 0;
        c = 0;
        g = 0;
        t = 0;
        n = 0;
        lower = 0;
        cpg = 0;
        previous = 0;
        firstClass = -1;
    }

    @Override
    public void add(ByteBuffer bytes) {
        int from = bytes.position();
        int to = bytes.limit();
        if (firstClass < 0) {
            firstClass = CountKernel.firstClass(bytes, from, to);
        }
        for (int piece = from; piece < to; piece += COPY) {
            int pieceLength = Math.min(COPY, to - piece);
            bytes.get(piece, copy, HISTORY, pieceLength);
            for (int block = 0; block < pieceLength; block += BLOCK) {
                int blockLength = Math.min(BLOCK, pieceLength - block);
                if (previous != CountKernel.FIRST_Y && countBlock(HISTORY + block, blockLength)) {
                    continue;
                }
                scalar.previous = previous;
                scalar.add(bytes.slice(piece + block, blockLength).order(ByteOrder.LITTLE_ENDIAN));
                previous = scalar.previous;
            }
        }
    }

    /**
     * Counts {@code copy[start, start + count)} if it holds only fast-path bytes and returns true;
     * otherwise counts nothing and returns false.
     */
    private boolean countBlock(int start, int count) {
        final byte[] in = copy;
        // pair history: the carried state stands in for the bytes before the block
        in[start - 3] = 'A';
        in[start - 2] = 'A';
        in[start - 1] = previous == CountKernel.FIRST_C ? (byte) 'C' : (byte) 'A';
        int end = start + count;
        int padded = VectorLanes.padToVectors(in, start, count, LANES, (byte) 'A');
        ByteVector zero = ByteVector.zero(SPECIES);
        ByteVector sumA = zero;
        ByteVector sumC = zero;
        ByteVector sumG = zero;
        ByteVector sumT = zero;
        ByteVector sumTerminators = zero;
        ByteVector sumLower = zero;
        ByteVector sumPairs = zero;
        ByteVector sumKnown = zero;
        for (int i = start; i < padded; i += LANES) {
            ByteVector v = ByteVector.fromArray(SPECIES, in, i);
            ByteVector back1 = ByteVector.fromArray(SPECIES, in, i - 1);
            ByteVector back2 = ByteVector.fromArray(SPECIES, in, i - 2);
            ByteVector back3 = ByteVector.fromArray(SPECIES, in, i - 3);
            ByteVector folded = v.or(CASE);
            VectorMask<Byte> isA = folded.eq((byte) 'a');
            VectorMask<Byte> isC = folded.eq((byte) 'c');
            VectorMask<Byte> isG = folded.eq((byte) 'g');
            VectorMask<Byte> isT = folded.eq((byte) 't');
            VectorMask<Byte> isN = folded.eq((byte) 'n');
            VectorMask<Byte> isTerminator = v.eq(LF).or(v.eq(CR));
            // in a block of known bytes only terminators are below TERMINATOR_BOUND
            VectorMask<Byte> terminator1 = back1.lt(TERMINATOR_BOUND);
            VectorMask<Byte> terminator2 = back2.lt(TERMINATOR_BOUND);
            VectorMask<Byte> c1 = back1.or(CASE).eq((byte) 'c');
            VectorMask<Byte> c2 = back2.or(CASE).eq((byte) 'c');
            VectorMask<Byte> c3 = back3.or(CASE).eq((byte) 'c');
            VectorMask<Byte> pair = isG.and(c1.or(terminator1.and(c2.or(terminator2.and(c3)))));
            VectorMask<Byte> known = isA.or(isC).or(isG).or(isT).or(isN).or(isTerminator)
                    .andNot(isTerminator.and(terminator1).and(terminator2));
            sumA = sumA.sub(isA.toVector());
            sumC = sumC.sub(isC.toVector());
            sumG = sumG.sub(isG.toVector());
            sumT = sumT.sub(isT.toVector());
            sumTerminators = sumTerminators.sub(isTerminator.toVector());
            sumLower = sumLower.sub(folded.eq(v).toVector());
            sumPairs = sumPairs.sub(pair.toVector());
            sumKnown = sumKnown.sub(known.toVector());
        }
        if (VectorLanes.sum(sumKnown) != padded - start) {
            return false;
        }
        int pad = padded - end;
        long terminators = VectorLanes.sum(sumTerminators);
        long blockA = VectorLanes.sum(sumA) - pad;
        long blockC = VectorLanes.sum(sumC);
        long blockG = VectorLanes.sum(sumG);
        long blockT = VectorLanes.sum(sumT);
        long bases = count - terminators;
        a += blockA;
        c += blockC;
        g += blockG;
        t += blockT;
        n += bases - blockA - blockC - blockG - blockT;
        lower += VectorLanes.sum(sumLower);
        cpg += VectorLanes.sum(sumPairs);
        for (int i = end - 1; i >= start; i--) {
            byte value = in[i];
            if (!Bytes.isLineEnd(value)) {
                previous = (value | CASE) == 'c' ? CountKernel.FIRST_C : 0;
                break;
            }
        }
        return true;
    }

    @Override
    public BaseCounts counts() {
        BaseCounts counts = scalar.counts();
        // fast-path bytes: the case-folded letters, then lowercase on top
        counts.addByte('A', a);
        counts.addByte('C', c);
        counts.addByte('G', g);
        counts.addByte('T', t);
        counts.addByte('N', n);
        counts.lower += lower;
        counts.cpg += cpg;
        counts.cpgContextPairs += cpg;
        return counts;
    }

    @Override
    public int firstClass() {
        return Math.max(firstClass, 0);
    }

    @Override
    public int lastClass() {
        return previous;
    }
}
