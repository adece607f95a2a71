package io.mapchunk.analysis;

import io.mapchunk.format.SequenceFile;

import java.io.Serializable;

/**
 * One analysis of a file's chunk stream, as a pair: a {@link ChunkFolder} that each subtask runs
 * over the chunks it reads (chained to the source, so chunks are never copied), and an
 * {@link Assembler} that turns the few values the folders emit into the result, in the client.
 * Any set of analyses runs in one scan of the file as a {@link Pass}.
 *
 * @param <P> what a folder emits: a summary per split part, or any small value
 * @param <R> the analysis' result
 */
public interface ChunkAnalysis<P, R> extends Serializable {

    /** A fresh folder for one subtask reading {@code file}. */
    ChunkFolder<P> newFolder(SequenceFile file);

    /** A fresh assembler for one run over {@code file}, read as {@code splits} splits. */
    Assembler<P, R> newAssembler(SequenceFile file, int splits);

    /**
     * True when the emitted values are too large to hold twice (as bins of a fine window are):
     * the pass then hands them to the assembler as they arrive instead of with the job's result.
     */
    default boolean streamed() {
        return false;
    }
}
