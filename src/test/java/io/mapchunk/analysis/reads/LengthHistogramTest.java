package io.mapchunk.analysis.reads;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The length histogram against a sorted map, with lengths on both sides of the dense limit (long
 * reads go to the hash table, which grows), added one by one and merged from another histogram.
 */
class LengthHistogramTest {

    @Property(tries = 200)
    void countsEveryLengthAsASortedMapDoes(@ForAll long seed) {
        Random random = new Random(seed);
        TreeMap<Long, Long> expected = new TreeMap<>();
        LengthHistogram histogram = new LengthHistogram();
        LengthHistogram other = new LengthHistogram();
        int reads = random.nextInt(3000);
        for (int i = 0; i < reads; i++) {
            long length = switch (random.nextInt(3)) {
                case 0 -> random.nextInt(300);
                case 1 -> LengthHistogram.DENSE_LIMIT - 5 + random.nextInt(10);
                default -> random.nextInt(2_000_000);
            };
            expected.merge(length, 1L, Long::sum);
            (random.nextBoolean() ? histogram : other).add(length, 1);
        }
        long[] otherLengths = other.lengths();
        histogram.addAll(otherLengths, other.counts(otherLengths));

        long[] lengths = histogram.lengths();
        assertThat(lengths).as("distinct lengths, ascending")
                .containsExactly(expected.keySet().stream().mapToLong(Long::longValue).toArray());
        assertThat(histogram.counts(lengths)).as("reads of each length")
                .containsExactly(expected.values().stream().mapToLong(Long::longValue).toArray());

        histogram.clear();
        assertThat(histogram.lengths()).as("after clear").isEmpty();
    }
}
