package io.mapchunk.analysis.reads;

/** The reads and bases of one split, as the counting pass of a sample emits them. */
public record SampleSplit(int split, long reads, long bases) {}
