package io.mapchunk.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The word-at-a-time byte tests agree with the same tests done one byte at a time. */
class BytesTest {

    @Property(tries = 2000)
    void matchBytesFlagsExactlyTheEqualBytes(@ForAll("words") long word,
            @ForAll @IntRange(min = 0, max = 255) int b) {
        assertThat(Bytes.matchBytes(word, Bytes.broadcast(b)))
                .as("bytes equal to %02x in %016x", b, word)
                .isEqualTo(naiveMask(word, value -> value == b));
    }

    @Property(tries = 2000)
    void lineEndBytesFlagsExactlyTheLineEnds(@ForAll("words") long word) {
        assertThat(Bytes.lineEndBytes(word)).as("line ends in %016x", word)
                .isEqualTo(naiveMask(word, Bytes::isLineEnd));
    }

    @Property(tries = 2000)
    void bytesBelowFlagsExactlyTheSmallerSevenBitBytes(@ForAll("words") long word,
            @ForAll @IntRange(min = 0, max = 128) int bound) {
        long expected = naiveMask(word, value -> value < bound);
        assertThat(Bytes.bytesBelow(word, Bytes.broadcast(bound)))
                .as("bytes below %02x in %016x", bound, word).isEqualTo(expected);
        assertThat(Bytes.hasByteBelow(word, Bytes.broadcast(bound)))
                .as("any byte below %02x in %016x", bound, word).isEqualTo(expected != 0);
    }

    @Property(tries = 500)
    void firstByteIsTheLowestFlaggedByte(@ForAll("words") long word) {
        long mask = Bytes.zeroBytes(word);
        if (mask != 0) {
            int first = 0;
            while (((word >>> (8 * first)) & 0xFF) != 0) {
                first++;
            }
            assertThat(Bytes.firstByte(mask)).as("first zero byte of %016x", word).isEqualTo(first);
        }
    }

    @Test
    void lineEndsAreNewlineAndCarriageReturnOnly() {
        for (int b = -128; b < 256; b++) {
            assertThat(Bytes.isLineEnd(b)).as("byte %d", b).isEqualTo(b == '\n' || b == '\r');
        }
    }

    /** Words built from a few interesting bytes, so that matches and neighbours of matches are common. */
    @Provide
    Arbitrary<Long> words() {
        Arbitrary<Integer> interesting = Arbitraries.of(0, 1, 0x0A, 0x0D, 0x20, 0x21, 0x3E, 0x63,
                0x67, 0x7E, 0x7F, 0x80, 0x81, 0xFF);
        Arbitrary<Integer> bytes = Arbitraries.oneOf(interesting, Arbitraries.integers().between(0, 255));
        return bytes.list().ofSize(8).map(list -> {
            long word = 0;
            for (int i = 0; i < 8; i++) {
                word |= (long) list.get(i) << (8 * i);
            }
            return word;
        });
    }

    /** The mask built one byte at a time (bytes unsigned). */
    private static long naiveMask(long word, IntPredicate flagged) {
        long mask = 0;
        for (int i = 0; i < 8; i++) {
            int value = (int) (word >>> (8 * i)) & 0xFF;
            if (flagged.test(value)) {
                mask |= 0x80L << (8 * i);
            }
        }
        return mask;
    }
}
