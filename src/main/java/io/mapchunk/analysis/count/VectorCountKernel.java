package io.mapchunk.analysis.count;

import io.mapchunk.io.VectorLanes;
import io.mapchunk.io.Bytes;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import javax.annotation.Nullable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@link ScalarCountKernel}'s counts with the Vector API (jdk.incubator.vector): chunks are copied
 * 64 KiB at a time into an array, and each block of 128 vectors (8 KiB at 512 bits) is counted a
 * vector at a time, with compare results accumulated in byte lanes (A, C, G, T, terminators,
 * lowercase, strict CG pairs).
 *
 * <p>The fast path knows only A C G T N (either case), LF and CR. A CG pair is found from the G by
 * looking back one, two or three bytes, so up to two line terminators may sit between C and G; the
 * three bytes before a block are written from the carried pair state, so pairs cross block and
 * chunk edges. A block that holds anything else (IUPAC codes, other bytes, three terminators in a
 * row), or follows a Y, is recounted exactly by a {@link ScalarCountKernel}, which keeps the
 * histogram and the (C|Y)(G|R) context counters for it.
 *
 * <p>Given a {@link VectorPairCounter}, one loop counts the bases and the 16 dinucleotides of
 * blocks of A C G T and single LFs (the bytes are read once); any other block is counted by the
 * two kernels' own loops, from the same copy.
 */
final class VectorCountKernel implements CountKernel {

    /**
     * The platform's preferred width (512-bit with AVX-512: 10-15% faster than 256-bit there, see
     * BENCHMARKS.md); {@code -Dmapchunk.kernel.bits=256} picks another, for comparisons.
     */
    private static final VectorSpecies<Byte> SPECIES = VectorSpecies.of(byte.class,
            Integer.getInteger("mapchunk.kernel.bits") == null ? VectorShape.preferredShape()
                    : VectorShape.forBitSize(Integer.getInteger("mapchunk.kernel.bits")));
    private static final int LANES = SPECIES.length();
    /** Bytes counted by vectors before the lane sums are taken (a lane holds at most 255). */
    private static final int BLOCK = Math.min(8192, 128 * LANES);
    private static final int COPY = 64 << 10;
    /** Room before a block for the three bytes of pair history. */
    private static final int HISTORY = 3;

    private static final byte CASE = 0x20;
    private static final byte LF = '\n';
    private static final byte CR = '\r';
    /** Below this (signed) a byte of a fast block is a terminator: only LF and CR are there. */
    private static final byte TERMINATOR_BOUND = CR + 1;

    /** Room after a piece for the padding of either kernel's widest vector. */
    private final byte[] copy = new byte[HISTORY + COPY + ByteVector.SPECIES_MAX.length()];
    private final ScalarCountKernel scalar = new ScalarCountKernel();
    /** Where the dinucleotides go, when counted; also {@link #fused} when it is the vector one. */
    @Nullable
    private final PairCounter pairs;
    @Nullable
    private final VectorPairCounter fused;

    private long a;
    private long c;
    private long g;
    private long t;
    private long n;
    private long lower;
    private long cpg;
    private int previous;
    private int firstClass = -1;

    /** Counts bases, and dinucleotides into {@code pairs} when it is not null. */
    VectorCountKernel(@Nullable PairCounter pairs) {
        this.pairs = pairs;
        this.fused = pairs instanceof VectorPairCounter ? (VectorPairCounter) pairs : null;
    }

    /** Typed as the interface, so that a JVM without the module never loads this class. */
    static CountKernel newKernel(@Nullable PairCounter pairs) {
        return new VectorCountKernel(pairs);
    }

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
            firstClass = ScalarCountKernel.firstClass(bytes, from, to);
        }
        for (int piece = from; piece < to; piece += COPY) {
            int pieceLength = Math.min(COPY, to - piece);
            bytes.get(piece, copy, HISTORY, pieceLength);
            for (int block = 0; block < pieceLength; block += BLOCK) {
                int blockLength = Math.min(BLOCK, pieceLength - block);
                int start = HISTORY + block;
                boolean afterY = previous == ScalarCountKernel.FIRST_Y;
                if (fused != null && !afterY && fused.first != PairCounter.NONE) {
                    if (countCleanBlockWithPairs(start, blockLength)) {
                        continue;
                    }
                }
                if (afterY || !countBlock(start, blockLength)) {
                    scalar.previous = previous;
                    scalar.add(bytes.slice(piece + block, blockLength)
                            .order(ByteOrder.LITTLE_ENDIAN));
                    previous = scalar.previous;
                }
                if (pairs != null) {
                    pairs.addBlock(copy, start, blockLength, bytes, piece + block);
                }
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
        in[start - 1] = previous == ScalarCountKernel.FIRST_C ? (byte) 'C' : (byte) 'A';
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
        notePrevious(in, start, end);
        return true;
    }

    /**
     * Counts the bases and dinucleotides of {@code copy[start, start + count)} if it holds only A C
     * G T (either case) and single LFs, with 9 pair sums instead of 16: in such a block every base
     * pairs with the next, and the block's first base with the carried one unless that is N, so
     * the pairs that start with X number the X bases, plus a carried X, minus a last X; those that
     * end with Y, the Y bases minus a first Y after N. The pairs with T follow from those sums.
     * Returns true, or counts nothing and returns false: then the two kernels' own loops count the
     * block (blocks with N are few, at the edges of N runs and inside them).
     */
    private boolean countCleanBlockWithPairs(int start, int count) {
        final byte[] in = copy;
        final VectorPairCounter counter = fused;
        int carried = counter.last;
        counter.writeHistory(in, start);
        int end = start + count;
        int padded = VectorLanes.padToVectors(in, start, count, LANES, (byte) 'N');
        ByteVector zero = ByteVector.zero(SPECIES);
        ByteVector sumA = zero;
        ByteVector sumC = zero;
        ByteVector sumG = zero;
        ByteVector sumT = zero;
        ByteVector sumLf = zero;
        ByteVector sumLower = zero;
        ByteVector sumKnown = zero;
        ByteVector sumAA = zero;
        ByteVector sumAC = zero;
        ByteVector sumAG = zero;
        ByteVector sumCA = zero;
        ByteVector sumCC = zero;
        ByteVector sumCG = zero;
        ByteVector sumGA = zero;
        ByteVector sumGC = zero;
        ByteVector sumGG = zero;
        for (int i = start; i < padded; i += LANES) {
            ByteVector v = ByteVector.fromArray(SPECIES, in, i);
            ByteVector back = ByteVector.fromArray(SPECIES, in, i - 1);
            ByteVector folded = v.or(CASE);
            ByteVector backFolded = back.or(CASE);
            ByteVector back2Folded = ByteVector.fromArray(SPECIES, in, i - 2).or(CASE);
            VectorMask<Byte> isA = folded.eq((byte) 'a');
            VectorMask<Byte> isC = folded.eq((byte) 'c');
            VectorMask<Byte> isG = folded.eq((byte) 'g');
            VectorMask<Byte> isT = folded.eq((byte) 't');
            VectorMask<Byte> isLf = v.eq(LF);
            VectorMask<Byte> backLf = back.eq(LF);
            VectorMask<Byte> known = isA.or(isC).or(isG).or(isT).or(folded.eq((byte) 'n')).or(isLf)
                    .andNot(isLf.and(backLf));
            sumA = sumA.sub(isA.toVector());
            sumC = sumC.sub(isC.toVector());
            sumG = sumG.sub(isG.toVector());
            sumT = sumT.sub(isT.toVector());
            sumLf = sumLf.sub(isLf.toVector());
            sumLower = sumLower.sub(folded.eq(v).toVector());
            sumKnown = sumKnown.sub(known.toVector());
            VectorMask<Byte> firstA = backFolded.eq((byte) 'a')
                    .or(backLf.and(back2Folded.eq((byte) 'a')));
            VectorMask<Byte> firstC = backFolded.eq((byte) 'c')
                    .or(backLf.and(back2Folded.eq((byte) 'c')));
            VectorMask<Byte> firstG = backFolded.eq((byte) 'g')
                    .or(backLf.and(back2Folded.eq((byte) 'g')));
            sumAA = sumAA.sub(firstA.and(isA).toVector());
            sumAC = sumAC.sub(firstA.and(isC).toVector());
            sumAG = sumAG.sub(firstA.and(isG).toVector());
            sumCA = sumCA.sub(firstC.and(isA).toVector());
            sumCC = sumCC.sub(firstC.and(isC).toVector());
            sumCG = sumCG.sub(firstC.and(isG).toVector());
            sumGA = sumGA.sub(firstG.and(isA).toVector());
            sumGC = sumGC.sub(firstG.and(isC).toVector());
            sumGG = sumGG.sub(firstG.and(isG).toVector());
        }
        if (VectorLanes.sum(sumKnown) != padded - start) {
            return false;
        }
        long[] bases = {VectorLanes.sum(sumA), VectorLanes.sum(sumC), VectorLanes.sum(sumG),
            VectorLanes.sum(sumT)};
        long baseCount = count - VectorLanes.sum(sumLf);
        if (bases[0] + bases[1] + bases[2] + bases[3] != baseCount) {
            return false;
        }
        a += bases[0];
        c += bases[1];
        g += bases[2];
        t += bases[3];
        lower += VectorLanes.sum(sumLower);
        long[] cells = counter.cells;
        long[] nine = {VectorLanes.sum(sumAA), VectorLanes.sum(sumAC), VectorLanes.sum(sumAG),
            VectorLanes.sum(sumCA), VectorLanes.sum(sumCC), VectorLanes.sum(sumCG),
            VectorLanes.sum(sumGA), VectorLanes.sum(sumGC), VectorLanes.sum(sumGG)};
        cpg += nine[5];
        if (baseCount > 0) {
            int first = PairCounter.classOf(in[in[start] == LF ? start + 1 : start]);
            counter.noteLast(in, start, end);
            long[] startingWith = bases.clone();
            long[] endingWith = bases.clone();
            if (carried < 4) {
                startingWith[carried]++;
            } else {
                endingWith[first]--;
            }
            startingWith[counter.last]--;
            long tt = startingWith[3];
            for (int x = 0; x < 3; x++) {
                long xt = startingWith[x];
                long tx = endingWith[x];
                for (int y = 0; y < 3; y++) {
                    cells[x * 5 + y] += nine[x * 3 + y];
                    xt -= nine[x * 3 + y];
                    tx -= nine[y * 3 + x];
                }
                cells[x * 5 + 3] += xt;
                cells[15 + x] += tx;
                tt -= tx;
            }
            cells[18] += tt;
        }
        notePrevious(in, start, end);
        return true;
    }

    /** Carries the C state of the last byte of {@code in[start, end)} that is no line end. */
    private void notePrevious(byte[] in, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            byte value = in[i];
            if (!Bytes.isLineEnd(value)) {
                previous = (value | CASE) == 'c' ? ScalarCountKernel.FIRST_C : 0;
                break;
            }
        }
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
