package io.mapchunk.analysis.count;

/**
 * The counts of one record, with its ordinal in the file and its name; {@code nameIndented} when
 * blanks come before the name in its header (seqtk names such a record "").
 */
public record SequenceCount(long ordinal, String name, boolean nameIndented, BaseCounts counts) {}
