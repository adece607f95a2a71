package io.mapchunk.cli.output;

import io.mapchunk.analysis.sample.RowBuffer;
import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.job.SampleJob;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@code sample} writes: the rows its job already laid out in row files, or the few rows of
 * {@code sample --scan}, held in memory.
 */
public sealed interface SampleRows extends AutoCloseable {

    /** How many rows there are. */
    long count();

    /** Writes the rows in genome order, in {@code format}'s layout. */
    void writeTo(SampleFormat format, OutputStream out) throws IOException;

    /** Rows in row files; {@code count} is what was drawn. Closing deletes the row files. */
    record InRowFiles(SampleJob.Output output, long count) implements SampleRows {
        /** Copies the row files, which the job already laid out in {@code format}. */
        @Override
        public void writeTo(SampleFormat format, OutputStream out) throws IOException {
            output.rows().writeTo(out);
        }

        @Override
        public void close() throws Exception {
            output.close();
        }
    }

    /** Rows held in memory, each naming its record by its ordinal in {@code index}. */
    record InMemory(FastaIndex index, List<SampleRow> rows) implements SampleRows {
        @Override
        public long count() {
            return rows.size();
        }

        @Override
        public void writeTo(SampleFormat format, OutputStream out) throws IOException {
            RowBuffer buffer = new RowBuffer(1 << 16,
                    (bytes, length) -> out.write(bytes, 0, length));
            byte[][] names = new byte[index.size()][];
            for (SampleRow row : rows) {
                if (names[row.record()] == null) {
                    names[row.record()] = index.get(row.record()).name()
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                format.writeRow(names[row.record()], row.start(), row.bases(), row.bases().length,
                        buffer);
            }
            buffer.flush();
            out.flush();
        }

        @Override
        public void close() {}
    }
}
