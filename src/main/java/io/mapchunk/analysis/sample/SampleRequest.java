package io.mapchunk.analysis.sample;

/**
 * What to sample: {@code count} windows of {@code length} bases (over the genome, or per sequence),
 * with or without replacement, optionally only windows without N, from {@code seed}.
 */
public record SampleRequest(long count, int length, long seed, boolean distinct, boolean excludeN,
        boolean perSequence) {

    public SampleRequest {
        if (count < 0 || length < 1) {
            throw new IllegalArgumentException("count must be >= 0 and length >= 1");
        }
    }
}
