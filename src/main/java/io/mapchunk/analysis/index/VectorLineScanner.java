package io.mapchunk.analysis.index;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@link LineScanner} a vector at a time (jdk.incubator.vector): a vector of printable bytes is
 * all bases; one whose only other bytes are {@code \n} finds them with {@code firstTrue} (fast on
 * Java 17, unlike {@code toLong} or {@code trueCount}); anything else, or a vector after a
 * {@code \r}, goes byte by byte as in the plain scanner.
 */
final class VectorLineScanner extends LineScanner {

    private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final ByteVector LANE_INDEX =
            (ByteVector) SPECIES.iotaShuffle(0, 1, false).toVector();

    /** Returns the scanner typed as its superclass, so callers never link this class early. */
    static LineScanner newScanner() {
        return new VectorLineScanner();
    }

    @Override
    public void add(ByteBuffer buffer, long fileOffset) {
        int from = buffer.position();
        int to = buffer.limit();
        long base = fileOffset - from;
        LineSummary s = summary;
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            if (!previousCr) {
                ByteVector v = ByteVector.fromByteBuffer(SPECIES, buffer, i, ByteOrder.LITTLE_ENDIAN);
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
                scalar(buffer.get(k), base + k);
            }
        }
        for (; i < to; i++) {
            scalar(buffer.get(i), base + i);
        }
        s.bytes += to - from;
    }
}
