package io.mapchunk.cli.output;

import io.mapchunk.job.StatsResult;

/** One file's statistics under the name it was given on the command line, as stats writes it. */
public record StatsEntry(String file, StatsResult stats) {}
