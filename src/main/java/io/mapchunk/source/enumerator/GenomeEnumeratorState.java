package io.mapchunk.source.enumerator;

import io.mapchunk.source.split.GenomeRegionSplit;

import java.util.List;

/** Checkpointed state of the enumerator: the splits not yet handed out, in file order. */
public record GenomeEnumeratorState(List<GenomeRegionSplit> remaining) {

    public GenomeEnumeratorState {
        remaining = List.copyOf(remaining);
    }
}
