package io.mapchunk.cli.output;

import io.mapchunk.job.StatsResult;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** An output layout for the statistics of one or more files, one entry per file in order. */
public interface StatsFormat {

    /** One file's statistics under the name it was given on the command line. */
    record Entry(String file, StatsResult stats) {}

    void write(List<Entry> entries, OutputStream out) throws IOException;
}
