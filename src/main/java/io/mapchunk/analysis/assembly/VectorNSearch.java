package io.mapchunk.analysis.assembly;

import io.mapchunk.io.VectorLanes;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;

/**
 * Whether a block of bytes holds an N (either case), a vector at a time: most blocks of a genome
 * hold none, and {@link NRunAnalysis}'s word loop then need not look at them. Loaded only behind
 * {@link io.mapchunk.io.VectorApi#enabled()}; without it the word loop looks at every block.
 */
final class VectorNSearch {

    /** The most bytes {@link #holdsN} looks at in one call. */
    static final int BLOCK = 8 << 10;

    private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final byte CASE = 0x20;

    private final byte[] copy = new byte[BLOCK + LANES];

    /** A static factory behind the switch, as for every vector kernel (see {@code VectorApi}). */
    static VectorNSearch newSearch() {
        return new VectorNSearch();
    }

    /** True when {@code bytes[from, to)}, at most {@link #BLOCK} bytes, holds N or n. */
    boolean holdsN(ByteBuffer bytes, int from, int to) {
        int count = to - from;
        bytes.get(from, copy, 0, count);
        int padded = VectorLanes.padToVectors(copy, 0, count, LANES, (byte) 'A');
        ByteVector found = ByteVector.zero(SPECIES);
        for (int i = 0; i < padded; i += LANES) {
            ByteVector v = ByteVector.fromArray(SPECIES, copy, i);
            found = found.or(v.or(CASE).eq((byte) 'n').toVector());
        }
        return found.reduceLanes(VectorOperators.OR) != 0;
    }
}
