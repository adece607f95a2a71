package io.mapchunk.analysis.sample;

/** A sampled window: record ordinal, 0-based start within the record, and its bases. */
public record SampleRow(int record, long start, byte[] bases) {}
