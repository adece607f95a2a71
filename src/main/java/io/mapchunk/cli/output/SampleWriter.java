package io.mapchunk.cli.output;

import io.mapchunk.analysis.sample.RowBuffer;
import io.mapchunk.analysis.sample.SampleRow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code sample}'s output in one of the {@link SampleFormat} layouts, in genome order: rows in part
 * files were laid out in that layout by the job and are copied; rows in memory are laid out here.
 */
public final class SampleWriter implements OutputWriter<SampleRows> {

    private final SampleFormat format;

    public SampleWriter(SampleFormat format) {
        this.format = format;
    }

    @Override
    public void write(SampleRows rows, OutputStream out) throws IOException {
        if (rows instanceof SampleRows.InParts parts) {
            parts.output().parts().writeTo(out);
        } else {
            write((SampleRows.InMemory) rows, out);
        }
    }

    private void write(SampleRows.InMemory rows, OutputStream out) throws IOException {
        RowBuffer buffer = new RowBuffer(1 << 16, (bytes, length) -> out.write(bytes, 0, length));
        byte[][] names = new byte[rows.index().size()][];
        for (SampleRow row : rows.rows()) {
            if (names[row.record()] == null) {
                names[row.record()] = rows.index().get(row.record()).name()
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            format.writeRow(names[row.record()], row.start(), row.bases(), row.bases().length, buffer);
        }
        buffer.flush();
        out.flush();
    }
}
