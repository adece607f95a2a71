package io.mapchunk.analysis.sample;

/**
 * A unit of sampling work: draw {@code draws} starts (distinct or not) uniformly from the global
 * starts {@code [from, from + size)} with the unit's own seed. Units are fixed by the genome and the
 * request, not by the parallelism, so the output does not depend on which subtask runs them.
 */
public record SampleUnit(int stratum, long from, long size, int draws, boolean distinct, long seed) {}
