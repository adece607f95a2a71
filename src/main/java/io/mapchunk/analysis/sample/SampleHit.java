package io.mapchunk.analysis.sample;

/**
 * A drawn window without N, as the planner needs it to choose among more draws than needed: its
 * stratum, global start number and random key. Its bases stay where they were read.
 */
public record SampleHit(int stratum, long start, long key) {}
