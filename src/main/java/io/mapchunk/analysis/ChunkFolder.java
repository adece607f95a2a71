package io.mapchunk.analysis;

import io.mapchunk.source.SequenceChunk;

import java.util.function.Consumer;

/**
 * The task side of a {@link ChunkAnalysis}: sees the chunks of each split part in file order
 * (a reader emits a split's chunks in order) and emits small values. A folder that summarises parts
 * for stitching emits exactly one value per part, in {@link #finishPart}; one that places bases by
 * the {@code .fai} may emit whenever it likes.
 */
public interface ChunkFolder<P> {

    /** A new part begins with {@code first}. */
    default void startPart(SequenceChunk first) {}

    /** Folds one chunk of the open part. */
    void add(SequenceChunk chunk, Consumer<P> out);

    /** The open part ended with {@code last}. */
    default void finishPart(SequenceChunk last, Consumer<P> out) {}

    /** The subtask's input has ended; release what the folder holds. */
    default void close() {}
}
