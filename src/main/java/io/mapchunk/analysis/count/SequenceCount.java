package io.mapchunk.analysis.count;

/** The counts of one record (or part of one, before merging), keyed by its ordinal in the file. */
public record SequenceCount(long ordinal, String name, BaseCounts counts) {

    /** Sum of two partial counts of the same record. */
    public SequenceCount merge(SequenceCount other) {
        return new SequenceCount(ordinal, name, counts.copy().add(other.counts));
    }
}
