package io.mapchunk.job;

/**
 * A stretch of formatted rows written by a subtask: piece {@code piece} of the unit starting at
 * global start {@code unit}, so the client can join pieces in genome order. Either it lies at
 * {@code [offset, offset + length)} of row file {@code file} in the shared {@link RowDirectory},
 * or (when the subtask cannot see that directory) {@code file} is null and {@code bytes} holds it.
 * Public, as Flink serializes only public records without Kryo.
 */
public record RowPiece(long unit, int piece, String file, long offset, int length, byte[] bytes) {}
