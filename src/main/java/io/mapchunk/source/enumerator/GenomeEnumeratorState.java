package io.mapchunk.source.enumerator;

import org.apache.flink.annotation.Internal;
import io.mapchunk.source.split.GenomeRegionSplit;

import java.util.List;

/** Checkpointed state of the enumerator: the splits not yet handed out, in file order. */
@Internal
public record GenomeEnumeratorState(List<GenomeRegionSplit> remaining) {

    public GenomeEnumeratorState {
        remaining = List.copyOf(remaining);
    }
}
