package io.mapchunk.analysis.sample;

/**
 * A stretch of formatted rows written by a subtask: piece {@code piece} of the unit starting at
 * global start {@code unit}, so the client can join pieces in genome order. Either it lies at
 * {@code [offset, offset + length)} of part file {@code file} in the shared {@link PartDirectory},
 * or (when the subtask cannot see that directory) {@code file} is null and {@code bytes} holds it.
 */
public record SamplePiece(long unit, int piece, String file, long offset, int length, byte[] bytes) {}
