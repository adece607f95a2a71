package io.mapchunk.analysis.sample;

/**
 * One drawn window: its stratum, global start number, a random key (to choose among more draws
 * than needed without looking at positions), and its bases as in the file.
 */
public record SampleHit(int stratum, long start, long key, byte[] bases) {}
