package io.mapchunk.analysis.gc;

import io.mapchunk.io.VectorLanes;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;

/**
 * {@link BinTally} with the Vector API: runs are copied 64 KiB at a time into an array and compared
 * a vector at a time (case folded) against A, C, G, T, N, U and the line ends, the results
 * accumulated in byte lanes (on Java 17 mask reductions per vector are slow); "other" is what is
 * left. Runs shorter than a vector, and the tail of a run, go through the plain loop.
 */
final class VectorBinTally extends BinTally {

    private static final VectorSpecies<Byte> SPECIES = VectorSpecies.of(byte.class,
            VectorShape.preferredShape());
    private static final int LANES = SPECIES.length();
    private static final int COPY = 64 << 10;
    /** Bytes per lane sum: at most 255 vectors, so that no byte lane overflows. */
    private static final int BLOCK = 128 * LANES;
    private static final byte CASE = 0x20;

    private final byte[] copy = new byte[COPY];

    /** Typed as the scalar kind, so that a JVM without the module never loads this class. */
    static BinTally newTally() {
        return new VectorBinTally();
    }

    @Override
    void add(ByteBuffer bytes, int from, int to, int[] tally) {
        int whole = from + (to - from) / LANES * LANES;
        for (int piece = from; piece < whole; piece += COPY) {
            int length = Math.min(COPY, whole - piece);
            bytes.get(piece, copy, 0, length);
            countVectors(length, tally);
        }
        addScalar(bytes, whole, to, tally);
    }

    /** Tallies {@code copy[0, length)}, a whole number of vectors, a block at a time. */
    private void countVectors(int length, int[] tally) {
        for (int block = 0; block < length; block += BLOCK) {
            countBlock(block, Math.min(length, block + BLOCK), tally);
        }
    }

    /** Tallies {@code copy[from, to)}, at most 255 vectors, in byte lanes. */
    private void countBlock(int from, int to, int[] tally) {
        final byte[] in = copy;
        ByteVector zero = ByteVector.zero(SPECIES);
        ByteVector sumA = zero;
        ByteVector sumC = zero;
        ByteVector sumG = zero;
        ByteVector sumT = zero;
        ByteVector sumN = zero;
        ByteVector sumU = zero;
        ByteVector sumLineEnds = zero;
        for (int i = from; i < to; i += LANES) {
            ByteVector v = ByteVector.fromArray(SPECIES, in, i);
            ByteVector folded = v.or(CASE);
            sumA = sumA.sub(folded.eq((byte) 'a').toVector());
            sumC = sumC.sub(folded.eq((byte) 'c').toVector());
            sumG = sumG.sub(folded.eq((byte) 'g').toVector());
            sumT = sumT.sub(folded.eq((byte) 't').toVector());
            sumN = sumN.sub(folded.eq((byte) 'n').toVector());
            sumU = sumU.sub(folded.eq((byte) 'u').toVector());
            sumLineEnds = sumLineEnds.sub(v.eq((byte) '\n').or(v.eq((byte) '\r')).toVector());
        }
        int a = (int) VectorLanes.sum(sumA);
        int c = (int) VectorLanes.sum(sumC);
        int g = (int) VectorLanes.sum(sumG);
        int t = (int) VectorLanes.sum(sumT);
        int n = (int) VectorLanes.sum(sumN);
        int u = (int) VectorLanes.sum(sumU);
        int lineEnds = (int) VectorLanes.sum(sumLineEnds);
        tally[BinCounter.A] += a;
        tally[BinCounter.C] += c;
        tally[BinCounter.G] += g;
        tally[BinCounter.T] += t;
        tally[BinCounter.N] += n;
        tally[BinCounter.U] += u;
        tally[LINE_END] += lineEnds;
        tally[BinCounter.OTHER] += (to - from) - a - c - g - t - n - u - lineEnds;
    }
}
