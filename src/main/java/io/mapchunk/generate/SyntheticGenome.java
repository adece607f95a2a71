package io.mapchunk.generate;

import org.apache.flink.util.Preconditions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a deterministic synthetic genome for benchmarks and tests: the records of a
 * {@link GenomeLayout} as FASTA (one header per record) or as raw sequence (the records' bases
 * back to back, no headers), broken into lines of a fixed width (0: no line breaks).
 */
public final class SyntheticGenome {

    /** Output layout. */
    public enum Format { FASTA, RAW }

    private static final int BUFFER = 4 << 20;

    private final GenomeLayout layout;
    private final Format format;
    private final int lineWidth;
    private final long seed;

    public SyntheticGenome(GenomeLayout layout, Format format, int lineWidth, long seed) {
        Preconditions.checkArgument(lineWidth >= 0 && lineWidth < BUFFER / 2,
                "line width must be between 0 and %s, got %s", BUFFER / 2, lineWidth);
        this.layout = Preconditions.checkNotNull(layout);
        this.format = Preconditions.checkNotNull(format);
        this.lineWidth = lineWidth;
        this.seed = seed;
    }

    /** Writes the whole genome to {@code out} in large blocks; returns the bytes written. */
    public long writeTo(OutputStream out) throws IOException {
        Writer writer = new Writer(out);
        int ordinal = 0;
        for (GenomeLayout.Record record : layout.records()) {
            RecordGenerator bases = new RecordGenerator(seed, ordinal++, record.length());
            if (format == Format.FASTA) {
                writer.header(record.name());
            }
            writer.bases(bases);
            if (format == Format.FASTA) {
                writer.endLine();
            }
        }
        writer.endLine();
        writer.flush();
        return writer.written;
    }

    /** Buffers output and keeps the column, so lines run on across raw records. */
    private final class Writer {
        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int used;
        private int column;
        private long written;

        Writer(OutputStream out) {
            this.out = out;
        }

        void header(String name) throws IOException {
            byte[] line = (">" + name + "\n").getBytes(StandardCharsets.US_ASCII);
            reserve(line.length);
            System.arraycopy(line, 0, buffer, used, line.length);
            used += line.length;
        }

        void bases(RecordGenerator bases) throws IOException {
            while (bases.remaining() > 0) {
                int room = lineWidth == 0 ? BUFFER / 2 : lineWidth - column;
                int count = (int) Math.min(room, bases.remaining());
                reserve(count + 1);
                bases.fill(buffer, used, count);
                used += count;
                column += count;
                if (column == lineWidth && lineWidth > 0) {
                    buffer[used++] = '\n';
                    column = 0;
                }
            }
        }

        void endLine() throws IOException {
            if (column > 0) {
                reserve(1);
                buffer[used++] = '\n';
                column = 0;
            }
        }

        private void reserve(int bytes) throws IOException {
            if (used + bytes > buffer.length) {
                flush();
            }
        }

        void flush() throws IOException {
            out.write(buffer, 0, used);
            written += used;
            used = 0;
        }
    }
}
