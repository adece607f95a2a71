package io.mapchunk.stitch;

import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;

import org.apache.flink.annotation.Internal;
import javax.annotation.Nullable;
import java.io.Serializable;

/**
 * Where a split-local result sits in the file: its split, its part within the split, and what the
 * reader could tell of the record it belongs to. {@link Stitcher} folds places into records.
 *
 * @param split index of the split, in file order
 * @param part ordinal of the part within its split, in file order (may have gaps)
 * @param kind how the part relates to the records around it
 * @param name the record's name for a {@link PartKind#NAMED} part, else null
 * @param nameIndented whether blanks come before the name in the header (seqtk names it "")
 * @param lastInSplit whether this is the split's last part
 * @param splitEnd how the split ends, on its last part; else null
 */
@Internal
public record PartPlace(int split, int part, PartKind kind, @Nullable String name,
        boolean nameIndented, boolean lastInSplit, @Nullable SplitEnd splitEnd)
        implements Serializable {}
