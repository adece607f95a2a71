package io.mapchunk.cli.output;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code sample}'s output in one of the {@link SampleFormat} layouts, in genome order: rows in row
 * files were laid out in that layout by the job and are copied; rows in memory are laid out here
 * ({@link SampleRows#writeTo}).
 */
public final class SampleWriter implements OutputWriter<SampleRows> {

    private final SampleFormat format;

    public SampleWriter(SampleFormat format) {
        this.format = format;
    }

    @Override
    public void write(SampleRows rows, OutputStream out) throws IOException {
        rows.writeTo(format, out);
    }
}
