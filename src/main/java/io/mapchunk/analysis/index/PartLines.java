package io.mapchunk.analysis.index;

import io.mapchunk.analysis.SplitPart;
import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;

/** The line summary of one part of one split, with what {@code PartResolver} needs to place it. */
public record PartLines(
        int split,
        int part,
        PartKind kind,
        String name,
        LineSummary lines,
        boolean lastInSplit,
        SplitEnd splitEnd) implements SplitPart {}
