package io.mapchunk.analysis;

import io.mapchunk.source.SequenceChunk;

import java.util.function.Consumer;

/**
 * A {@link ChunkFolder} for a {@link StitchedAssembler}: emits exactly one summary per part, when
 * the part ends, as stitching needs.
 */
public abstract class PartSummarizer<P> implements ChunkFolder<P> {

    @Override
    public abstract void startPart(SequenceChunk first);

    /** Folds one chunk of the open part. */
    protected abstract void add(SequenceChunk chunk);

    /** The summary of the part that has just ended. */
    protected abstract P summary();

    @Override
    public final void add(SequenceChunk chunk, Consumer<P> out) {
        add(chunk);
    }

    @Override
    public final void finishPart(SequenceChunk last, Consumer<P> out) {
        out.accept(summary());
    }
}
