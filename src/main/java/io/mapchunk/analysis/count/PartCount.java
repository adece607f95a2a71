package io.mapchunk.analysis.count;

import io.mapchunk.analysis.SplitPart;
import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;

/**
 * Counts of one part of one split, with what is needed to join it to its neighbours: the pair
 * classes of its first and last bases (CpG across edges) and, for a split's last part, how the
 * split ends.
 */
public record PartCount(
        int split,
        int part,
        PartKind kind,
        String name,
        BaseCounts counts,
        int firstClass,
        int lastClass,
        boolean lastInSplit,
        SplitEnd splitEnd) implements SplitPart {}
