package io.mapchunk.analysis.sample;

/**
 * The windows without N that one unit drew, as the planner needs them to choose among more draws
 * than needed: their stratum, and the global start and random key of each ({@code starts[i]} goes
 * with {@code keys[i]}). One record per unit, so the collect sink carries a few arrays, not a record
 * per window; the bases stay where they were read.
 */
public record SampleHits(int stratum, long[] starts, long[] keys) {}
