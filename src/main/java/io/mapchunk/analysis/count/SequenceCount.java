package io.mapchunk.analysis.count;

import javax.annotation.Nullable;

/**
 * The counts of one record, with its ordinal in the file and its name; {@code nameIndented} when
 * blanks come before the name in its header (seqtk names such a record ""); its dinucleotide
 * counts ({@link Dinucleotides#PAIRS} order) when they were counted, else null.
 */
public record SequenceCount(long ordinal, String name, boolean nameIndented, BaseCounts counts,
        @Nullable long[] pairs) {

    /** The counts of a record whose dinucleotides were not counted. */
    public SequenceCount(long ordinal, String name, boolean nameIndented, BaseCounts counts) {
        this(ordinal, name, nameIndented, counts, null);
    }
}
