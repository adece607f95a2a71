package io.mapchunk.analysis.count;

import io.mapchunk.source.PackedBases;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packed counters against the text kernels on the decoded text: random codes (random ones
 * under N too), N and mask blocks anywhere, a part cut into chunks of any multiple of four bases.
 */
class PackedCountersTest {

    @Property(tries = 300)
    void packedCountsEqualTextCountsOfTheDecodedBases(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 5000) int length,
            @ForAll @IntRange(min = 1, max = 400) int chunkQuads) {
        Random random = new Random(seed);
        byte[] packed = new byte[(length + 3) / 4];
        random.nextBytes(packed);
        if (random.nextBoolean()) { // long runs of C and G, to make CpG words
            for (int i = 0; i < packed.length; i++) {
                packed[i] = (byte) (random.nextBoolean() ? 0x77 : 0xdd);
            }
        }
        int[] n = blocks(random, length, random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(8));
        int[] mask = blocks(random, length, random.nextInt(30));
        int chunk = 4 * chunkQuads;

        PackedCounter counter = new PackedCounter();
        PackedPairCounter pairs = new PackedPairCounter();
        ScalarCountKernel text = new ScalarCountKernel();
        PairCounter textPairs = new PairCounter();
        counter.reset();
        pairs.reset();
        text.reset();
        textPairs.reset();
        ByteBuffer decoded = ByteBuffer.allocateDirect(chunk).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < length; from += chunk) {
            int count = Math.min(chunk, length - from);
            PackedBases bases = new PackedBases(
                    ByteBuffer.wrap(packed, from / 4, (count + 3) / 4).slice(), count,
                    clip(n, from, from + count), clip(n, from, from + count).length / 2,
                    clip(mask, from, from + count), clip(mask, from, from + count).length / 2,
                    new PackedBases.TextBuffer(chunk));
            counter.add(bases);
            pairs.add(bases);
            bases.decode(decoded);
            text.add(decoded.slice(0, count).order(ByteOrder.LITTLE_ENDIAN));
            textPairs.add(decoded.slice(0, count).order(ByteOrder.LITTLE_ENDIAN));
        }

        assertThat(counter.counts()).isEqualTo(text.counts());
        assertThat(counter.firstClass()).as("first class").isEqualTo(text.firstClass());
        assertThat(counter.lastClass()).as("last class").isEqualTo(text.lastClass());
        assertThat(counter.isEmpty()).isEqualTo(length == 0);
        assertThat(bases16(pairs.cells)).isEqualTo(bases16(textPairs.cells));
        assertThat(pairs.first).as("first pair class").isEqualTo(textPairs.first);
        assertThat(pairs.last).as("last pair class").isEqualTo(textPairs.last);
    }

    /** Sorted, disjoint (start, end) pairs, some adjacent, in [0, length). */
    private static int[] blocks(Random random, int length, int count) {
        List<Integer> bounds = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < count && length > 0; i++) {
            int start = at + (random.nextBoolean() ? 0 : random.nextInt(Math.max(1, length / 4)));
            int end = start + 1 + random.nextInt(random.nextBoolean() ? 5 : 300);
            if (end > length) {
                break;
            }
            bounds.add(start);
            bounds.add(end);
            at = end;
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] clip(int[] blocks, int from, int to) {
        List<Integer> clipped = new ArrayList<>();
        for (int i = 0; i < blocks.length; i += 2) {
            int start = Math.max(blocks[i], from);
            int end = Math.min(blocks[i + 1], to);
            if (start < end) {
                clipped.add(start - from);
                clipped.add(end - from);
            }
        }
        return clipped.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long[] bases16(long[] cells) {
        long[] pairs = new long[16];
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                pairs[a * 4 + b] = cells[a * 5 + b];
            }
        }
        return pairs;
    }
}
