package io.mapchunk.analysis.count;

import javax.annotation.Nullable;

/**
 * Counts of one split part, with the pair classes of its first and last bases, so that CpG pairs
 * across part edges can be added when the parts are stitched; and its dinucleotides when they are
 * counted.
 */
public record PartCount(BaseCounts counts, int firstClass, int lastClass,
        @Nullable Dinucleotides.Part pairs) {}
