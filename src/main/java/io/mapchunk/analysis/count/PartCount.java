package io.mapchunk.analysis.count;

/**
 * Counts of one split part, with the pair classes of its first and last bases, so that CpG pairs
 * across part edges can be added when the parts are stitched.
 */
public record PartCount(BaseCounts counts, int firstClass, int lastClass) {}
