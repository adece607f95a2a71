package io.mapchunk.analysis.index;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;

/**
 * {@link LineScanner} a vector at a time (jdk.incubator.vector): a vector of printable bytes is
 * all bases; one whose only other bytes are {@code \n} finds them with {@code firstTrue} (fast on
 * Java 17, unlike {@code toLong} or {@code trueCount}); anything else, or a vector after a
 * {@code \r}, goes byte by byte as in the plain scanner. Vectors load from a 16 KiB copy of the
 * buffer: {@code ByteVector.fromByteBuffer} is gone on Java 25, {@code fromArray} is on both.
 */
final class VectorLineScanner extends LineScanner {

    private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int COPY = 16 << 10;
    private static final ByteVector LANE_INDEX =
            (ByteVector) SPECIES.iotaShuffle(0, 1, false).toVector();

    private final byte[] copy = new byte[COPY];

    /** Typed as the scalar kind, so that a JVM without the module never loads this class. */
    static LineScanner newScanner() {
        return new VectorLineScanner();
    }

    @Override
    public void add(ByteBuffer buffer, long fileOffset) {
        int from = buffer.position();
        int to = buffer.limit();
        int whole = from + (to - from) / LANES * LANES;
        for (int piece = from; piece < whole; piece += COPY) {
            int length = Math.min(COPY, whole - piece);
            buffer.get(piece, copy, 0, length);
            scanVectors(length, fileOffset + piece - from);
        }
        long base = fileOffset - from;
        for (int i = whole; i < to; i++) {
            scalar(buffer.get(i), base + i);
        }
        summary.bytes += to - from;
    }

    /** Scans {@code copy[0, length)}, whole vectors, from file offset {@code base}. */
    private void scanVectors(int length, long base) {
        final byte[] in = copy;
        LineSummary s = summary;
        for (int i = 0; i < length; i += LANES) {
            if (!previousCr) {
                ByteVector v = ByteVector.fromArray(SPECIES, in, i);
                // not printable: below '!' (signed, so bytes from 0x80 too) or DEL
                VectorMask<Byte> special = v.lt((byte) '!').or(v.eq((byte) 0x7F));
                if (!special.anyTrue()) {
                    s.bases += LANES;
                    continue;
                }
                VectorMask<Byte> newlines = v.eq((byte) '\n');
                if (!special.andNot(newlines).anyTrue()) {
                    int lines = 0;
                    for (int k = newlines.firstTrue(); k < LANES;
                            k = newlines.and(LANE_INDEX.compare(VectorOperators.GT, (byte) k)).firstTrue()) {
                        newline(base + i + k);
                        lines++;
                    }
                    s.bases += LANES - lines;
                    continue;
                }
            }
            for (int k = i; k < i + LANES; k++) {
                scalar(in[k], base + k);
            }
        }
    }
}
