/**
 * Output layouts and atomic writes. Every layout (faCount, seqtk comp, JSON, seqkit stats,
 * bedGraph, bedtools nuc, BED/FASTA/TSV samples, the HTML report, the {@code .fai}) is one
 * {@link io.mapchunk.cli.output.OutputWriter} of a command's result, picked by its
 * {@code --format}; {@link io.mapchunk.cli.output.OutputTarget} puts what it writes in place.
 */
package io.mapchunk.cli.output;
