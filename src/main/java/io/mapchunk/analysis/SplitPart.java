package io.mapchunk.analysis;

import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;

/** What {@link PartResolver} needs to know of a split-local result to find its record. */
public interface SplitPart {

    int split();

    int part();

    PartKind kind();

    /** Record name for {@link PartKind#NAMED} parts. */
    String name();

    boolean lastInSplit();

    /** How the split ends; set on the split's last part. */
    SplitEnd splitEnd();
}
