package io.mapchunk.analysis.reads;

/**
 * What a {@link PositionAnalysis} folder emits for one split: its {@link PositionCounts} rows
 * under bins of {@code 2^shift} positions beyond {@link PositionCounts#EXACT}, and the longest read
 * it has seen (which fixes how many rows there are).
 *
 * @param bases {@link PositionCounts#BASES} counters per row
 * @param qualities {@link PositionCounts#QUALITIES} counters per row
 */
public record PositionPart(int shift, int longest, long[] bases, long[] qualities) {}
