package io.mapchunk.job;

import io.mapchunk.analysis.reads.PositionTable;
import io.mapchunk.runtime.RunFigures;

/** The per-position table of one FASTQ file and the run's figures. */
public record PositionResult(String input, PositionTable table, RunFigures figures) {}
