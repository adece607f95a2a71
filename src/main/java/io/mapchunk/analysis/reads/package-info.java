/**
 * Analyses of reads files (FASTQ), whose chunks hold whole records: {@link
 * io.mapchunk.analysis.reads.ReadSummaryAnalysis} tallies every read of a file in one pass into a
 * {@link io.mapchunk.analysis.reads.ReadSummary} of flat size (histograms, not per-read lists),
 * which {@code stats} and {@code count} print and the report draws.
 */
package io.mapchunk.analysis.reads;
