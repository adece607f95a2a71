/**
 * The FLIP-27 source: {@link io.mapchunk.source.MappedGenomeSource} (built with its builder) reads a
 * file as {@link io.mapchunk.source.SequenceChunk}s.
 */
package io.mapchunk.source;
