/**
 * Analyses of reads files (FASTQ), whose chunks hold whole records, each walked once per analysis
 * ({@link io.mapchunk.format.FastqRecord#walk}). {@link
 * io.mapchunk.analysis.reads.ReadSummaryAnalysis} tallies every read of a file in one pass into a
 * {@link io.mapchunk.analysis.reads.ReadSummary} of flat size (histograms, not per-read lists),
 * which {@code stats} and {@code count} print and the report draws. {@code sample} on reads: a
 * random key per read (or pair) from the seed and the read's index ({@link
 * io.mapchunk.analysis.reads.ReadKeys}), the passes that count reads per split and histogram or
 * collect keys, and the client's cut in key order ({@link
 * io.mapchunk.analysis.reads.SelectionPlanner}) that makes a {@link
 * io.mapchunk.analysis.reads.ReadSelection}. The pass that writes the selected reads is in
 * {@code io.mapchunk.job} beside the row files it writes.
 */
package io.mapchunk.analysis.reads;
