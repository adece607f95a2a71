package io.mapchunk.cli.output;

import io.mapchunk.analysis.sample.RowBuffer;
import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.job.ReadSampleJob;
import io.mapchunk.job.SampleJob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@code sample} writes: the rows its job already laid out in row files, the few rows of
 * {@code sample --scan}, held in memory, or the reads of a FASTQ sample, in row files.
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

    /**
     * Reads sampled from one FASTQ file or a pair of them ({@code names} as given), in records of
     * {@code lines} lines; the mates of pairs are checked as they are copied ({@link MateCheck}).
     * Closing deletes the row files.
     */
    record Reads(ReadSampleJob.Output output, List<String> names, int lines, boolean interleaved)
            implements SampleRows {
        @Override
        public long count() {
            return output.taken();
        }

        /** Whether there are two outputs, for {@link #writePairsTo}. */
        public boolean paired() {
            return output.rows().size() == 2;
        }

        /** The reads of one input, whatever {@code format} (the reads' own was set in the job). */
        @Override
        public void writeTo(SampleFormat format, OutputStream out) throws IOException {
            if (!interleaved) {
                output.rows().get(0).writeTo(out);
                return;
            }
            try (InputStream in = output.rows().get(0).open()) {
                MateCheck.copy(in, lines, names.get(0), out);
            }
        }

        /** The reads of a pair of inputs, to one output each. */
        public void writePairsTo(OutputStream first, OutputStream second) throws IOException {
            try (InputStream one = output.rows().get(0).open();
                    InputStream two = output.rows().get(1).open()) {
                MateCheck.copy(one, two, lines, names.get(0), names.get(1), first, second);
            }
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
