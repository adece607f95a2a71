package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.sample.Seeds;

/**
 * The random key of read (or pair) {@code i}: SplitMix64's output at step {@code i + 1} from a
 * start derived from the seed. For one seed it is a bijection of {@code i} (the step is odd, so
 * {@code i -> start + (i + 1) * step} is one, and so is the finaliser): no two reads share a key,
 * and the reads ordered by key are a random permutation that depends on the seed and the indices
 * only, never on how the file was split.
 */
public final class ReadKeys {

    private static final long STEP = 0x9E3779B97F4A7C15L;

    private ReadKeys() {}

    /** Where the keys of {@code seed} start. */
    public static long start(long seed) {
        return Seeds.mix(seed ^ 0x5EEDF0E5E7A11L);
    }

    /** The key of read {@code index} for keys starting at {@code start}. Compare keys unsigned. */
    public static long key(long start, long index) {
        return Seeds.mix(start + (index + 1) * STEP);
    }
}
