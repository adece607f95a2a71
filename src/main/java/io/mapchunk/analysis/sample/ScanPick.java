package io.mapchunk.analysis.sample;

/** A position kept by a split's reservoir: its random key and its genome coordinate. */
public record ScanPick(long key, long position) {}
