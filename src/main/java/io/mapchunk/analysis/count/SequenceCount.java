package io.mapchunk.analysis.count;

/** The counts of one record, with its ordinal in the file. */
public record SequenceCount(long ordinal, String name, BaseCounts counts) {}
