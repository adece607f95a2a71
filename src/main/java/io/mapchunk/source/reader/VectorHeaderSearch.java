package io.mapchunk.source.reader;

import org.apache.flink.annotation.Internal;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@link ByteSearch#findHeader}'s scan a vector at a time (jdk.incubator.vector): {@code >} is rare
 * in a FASTA file (one per record), so a vector without one costs a load, a compare and a test.
 * Loaded only when {@link io.mapchunk.io.VectorApi#enabled()}.
 */
@Internal
final class VectorHeaderSearch {

    private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorHeaderSearch() {}

    /** First index in {@code [from, to)} of {@code bytes} holding {@code >}, or {@code to}. */
    static int findMark(ByteBuffer bytes, int from, int to) {
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            int lane = ByteVector.fromByteBuffer(SPECIES, bytes, i, ByteOrder.LITTLE_ENDIAN)
                    .eq((byte) '>').firstTrue();
            if (lane < LANES) {
                return i + lane;
            }
        }
        for (; i < to; i++) {
            if (bytes.get(i) == '>') {
                return i;
            }
        }
        return to;
    }
}
