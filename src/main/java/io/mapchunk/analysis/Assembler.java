package io.mapchunk.analysis;

import io.mapchunk.stitch.PartPlace;

/**
 * The client side of a {@link ChunkAnalysis}: takes every value the folders emitted, in any order,
 * each with the place of the part it came from, and makes the result.
 */
public interface Assembler<P, R> {

    void accept(PartPlace place, P value);

    /** The result, once every value has been accepted. */
    R result();
}
