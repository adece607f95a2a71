/**
 * Random positions and windows, without Flink: the plan of {@code sample} (the genome's window
 * starts, units, draws, seeds, the key cutoffs of {@code --exclude-n}), the work of one unit
 * ({@link io.mapchunk.analysis.sample.UnitSampler}), the row layout, and bottom-k selection in one
 * full pass ({@code sample --scan}). The Flink functions that work through the units, and the row
 * files they write, are in {@code io.mapchunk.job} beside {@code SampleJob}.
 */
package io.mapchunk.analysis.sample;
