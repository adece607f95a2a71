package io.mapchunk.analysis.sample;

/**
 * A unit of sampling work: draw {@code draws} starts (distinct or not) uniformly from the global
 * starts {@code [from, from + size)} with the unit's own seed. Units are fixed by the genome and the
 * request, not by the parallelism, so the output does not depend on which subtask runs them.
 * A drawn window is kept when its (key, start) is at most ({@code cutoffKey}, {@code cutoffStart}):
 * how the planner keeps, among the windows without N, the ones with the smallest keys.
 */
public record SampleUnit(int stratum, long from, long size, int draws, boolean distinct, long seed,
        long cutoffKey, long cutoffStart) implements java.io.Serializable {

    /** A unit that keeps every window it draws. */
    public SampleUnit(int stratum, long from, long size, int draws, boolean distinct, long seed) {
        this(stratum, from, size, draws, distinct, seed, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    public SampleUnit withCutoff(long key, long start) {
        return new SampleUnit(stratum, from, size, draws, distinct, seed, key, start);
    }

    /** Whether the window drawn at global start {@code start} with {@code key} is kept. */
    public boolean keeps(long key, long start) {
        return key < cutoffKey || (key == cutoffKey && start <= cutoffStart);
    }
}
