package io.mapchunk.source.reader;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.ByteBuffer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link VectorHeaderSearch#findMark} finds the first {@code >} as a byte-by-byte search does:
 * marks anywhere (also on the edges of its growing copy pieces, 256 bytes doubling to 16 KiB),
 * none, ranges starting and ending anywhere, heap and direct buffers.
 */
class VectorHeaderSearchTest {

    @Property(tries = 500)
    void findsTheFirstMarkLikeAByteSearch(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 70_000) int length,
            @ForAll @IntRange(min = 0, max = 4) int marks) {
        Random random = new Random(seed);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) "ACGTN\n".charAt(random.nextInt(6));
        }
        int from = length == 0 ? 0 : random.nextInt(Math.min(length, 300));
        for (int k = 0; k < marks && length > 0; k++) {
            // next to a piece edge (from + 256 * (2^n - 1)) or anywhere
            int edge = from + 256 * ((1 << random.nextInt(7)) - 1) - 1 + random.nextInt(3);
            int at = random.nextBoolean() ? random.nextInt(length)
                    : Math.max(0, Math.min(length - 1, edge));
            bytes[at] = '>';
        }
        int to = from + random.nextInt(length - from + 1);
        ByteBuffer buffer = random.nextBoolean() ? ByteBuffer.wrap(bytes)
                : ByteBuffer.allocateDirect(length).put(bytes).clear();

        assertThat(VectorHeaderSearch.findMark(buffer, from, to))
                .as("first '>' in [%d, %d) of %d bytes", from, to, length)
                .isEqualTo(naiveFindMark(bytes, from, to));
    }

    private static int naiveFindMark(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '>') {
                return i;
            }
        }
        return to;
    }
}
