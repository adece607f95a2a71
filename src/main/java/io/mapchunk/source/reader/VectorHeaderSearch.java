package io.mapchunk.source.reader;

import org.apache.flink.annotation.Internal;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;

/**
 * {@link ByteSearch#findHeader}'s scan a vector at a time (jdk.incubator.vector): {@code >} is rare
 * in a FASTA file (one per record), so a vector without one costs a load, a compare and a test.
 * Vectors load from a copy of the buffer in a per-thread array ({@code ByteVector.fromByteBuffer}
 * is gone on Java 25, {@code fromArray} is on both); pieces start at 256 bytes and double up to
 * 16 KiB, so records close together copy little past their mark. Loaded only when
 * {@link io.mapchunk.io.VectorApi#enabled()}.
 */
@Internal
final class VectorHeaderSearch {

    private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int FIRST_PIECE = Math.max(256, LANES);
    private static final int COPY = 16 << 10;
    private static final ThreadLocal<byte[]> COPIES = ThreadLocal.withInitial(() -> new byte[COPY]);

    private VectorHeaderSearch() {}

    /** First index in {@code [from, to)} of {@code bytes} holding {@code >}, or {@code to}. */
    static int findMark(ByteBuffer bytes, int from, int to) {
        byte[] copy = COPIES.get();
        int whole = from + (to - from) / LANES * LANES;
        int piece = from;
        for (int size = FIRST_PIECE; piece < whole; size = Math.min(COPY, 2 * size)) {
            int length = Math.min(size, whole - piece);
            bytes.get(piece, copy, 0, length);
            int at = findMark(copy, length);
            if (at < length) {
                return piece + at;
            }
            piece += length;
        }
        for (int i = whole; i < to; i++) {
            if (bytes.get(i) == '>') {
                return i;
            }
        }
        return to;
    }

    /** First index of {@code >} in {@code copy[0, length)}, whole vectors, or {@code length}. */
    private static int findMark(byte[] copy, int length) {
        for (int i = 0; i < length; i += LANES) {
            int lane = ByteVector.fromArray(SPECIES, copy, i).eq((byte) '>').firstTrue();
            if (lane < LANES) {
                return i + lane;
            }
        }
        return length;
    }
}
