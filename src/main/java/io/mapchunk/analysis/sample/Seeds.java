package io.mapchunk.analysis.sample;

/**
 * Seeds derived from the user's seed and a unit's coordinates with the SplitMix64 finaliser, so
 * that every unit of work draws from its own stream whatever subtask runs it.
 */
public final class Seeds {

    private Seeds() {}

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static long derive(long seed, long... coordinates) {
        long z = mix(seed);
        for (long c : coordinates) {
            z = mix(z + 0x9E3779B97F4A7C15L * (c + 1));
        }
        return z;
    }
}
