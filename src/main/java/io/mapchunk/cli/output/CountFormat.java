package io.mapchunk.cli.output;

import io.mapchunk.job.CountResult;

import java.io.IOException;
import java.io.OutputStream;

/** An output layout for base counts. */
public interface CountFormat {

    void write(CountResult result, OutputStream out) throws IOException;
}
