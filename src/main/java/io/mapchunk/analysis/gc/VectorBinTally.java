package io.mapchunk.analysis.gc;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;

/**
 * {@link BinTally} with the Vector API: runs are copied 64 KiB at a time into an array and compared
 * a vector at a time (case folded) against A, C, G, T, N, U and the line ends; "other" is what is
 * left. Runs shorter than a vector, and the tail of a run, go through the plain loop.
 */
final class VectorBinTally extends BinTally {

    private static final VectorSpecies<Byte> SPECIES = VectorSpecies.of(byte.class,
            VectorShape.preferredShape());
    private static final int LANES = SPECIES.length();
    private static final int COPY = 64 << 10;
    private static final byte CASE = 0x20;

    private final byte[] copy = new byte[COPY];

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

    /** Tallies {@code copy[0, length)}, a whole number of vectors. */
    private void countVectors(int length, int[] tally) {
        final byte[] in = copy;
        int a = 0;
        int c = 0;
        int g = 0;
        int t = 0;
        int n = 0;
        int u = 0;
        int lineEnds = 0;
        for (int i = 0; i < length; i += LANES) {
            ByteVector v = ByteVector.fromArray(SPECIES, in, i);
            ByteVector folded = v.or(CASE);
            a += folded.eq((byte) 'a').trueCount();
            c += folded.eq((byte) 'c').trueCount();
            g += folded.eq((byte) 'g').trueCount();
            t += folded.eq((byte) 't').trueCount();
            n += folded.eq((byte) 'n').trueCount();
            u += folded.eq((byte) 'u').trueCount();
            lineEnds += v.eq((byte) '\n').or(v.eq((byte) '\r')).trueCount();
        }
        tally[BinCounter.A] += a;
        tally[BinCounter.C] += c;
        tally[BinCounter.G] += g;
        tally[BinCounter.T] += t;
        tally[BinCounter.N] += n;
        tally[BinCounter.U] += u;
        tally[LINE_END] += lineEnds;
        tally[BinCounter.OTHER] += length - a - c - g - t - n - u - lineEnds;
    }
}
