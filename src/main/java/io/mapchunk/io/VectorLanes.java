package io.mapchunk.io;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Lane helpers shared by the Vector API kernels. On Java 17 a mask reduction per vector
 * ({@code trueCount}, {@code toLong}) is slow, so kernels add compare results into byte lanes
 * ({@code sum = sum.sub(mask.toVector())}) and take the lanes' sum once per block of at most 255
 * vectors. Loaded only by those kernels, behind {@link VectorApi#enabled()}.
 */
public final class VectorLanes {

    private VectorLanes() {}

    /** The sum of byte lanes that each hold at most 255 (unsigned). */
    public static long sum(ByteVector lanes) {
        ShortVector pairs = lanes.reinterpretAsShorts();
        ShortVector low = pairs.and((short) 0xFF);
        ShortVector high = pairs.lanewise(VectorOperators.LSHR, 8);
        return low.add(high).reduceLanes(VectorOperators.ADD) & 0xFFFF;
    }

    /**
     * Fills {@code in} after {@code count} bytes from {@code start} up to a whole number of
     * {@code lanes}-byte vectors with {@code filler}; returns the end of the last vector.
     */
    public static int padToVectors(byte[] in, int start, int count, int lanes, byte filler) {
        int end = start + count;
        int padded = start + (count + lanes - 1) / lanes * lanes;
        for (int i = end; i < padded; i++) {
            in[i] = filler;
        }
        return padded;
    }
}
