/**
 * The extension point: a {@link io.mapchunk.analysis.ChunkAnalysis} is a
 * {@link io.mapchunk.analysis.ChunkFolder} (task side, chained to the source) and an
 * {@link io.mapchunk.analysis.Assembler} (client side); a {@link io.mapchunk.analysis.Pass} runs
 * any set of them in one scan. Per-part summaries are stitched into records by
 * {@link io.mapchunk.analysis.StitchedAssembler}.
 */
package io.mapchunk.analysis;
