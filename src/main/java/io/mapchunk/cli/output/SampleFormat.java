package io.mapchunk.cli.output;

import io.mapchunk.analysis.sample.RowBuffer;
import io.mapchunk.analysis.sample.RowFormat;
import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.format.FastaIndex;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Layouts of sampled windows, one row per window in genome order. BED: {@code name start end},
 * 0-based half-open. FASTA: {@code >name:start-end} (0-based start, exclusive end, as bedtools
 * getfasta writes) and the bases on one line. TSV: {@code name pos bases}, pos 1-based (samtools
 * style), bases as in the file (case kept). Names are written in ISO-8859-1, byte for byte as read.
 */
public enum SampleFormat implements RowFormat {
    bed, fasta, tsv;

    @Override
    public void writeRow(byte[] name, long start, byte[] bases, int length, RowBuffer out)
            throws IOException {
        switch (this) {
            case bed -> {
                out.put(name);
                out.put((byte) '\t');
                out.putDecimal(start);
                out.put((byte) '\t');
                out.putDecimal(start + length);
                out.put((byte) '\n');
            }
            case fasta -> {
                out.put((byte) '>');
                out.put(name);
                out.put((byte) ':');
                out.putDecimal(start);
                out.put((byte) '-');
                out.putDecimal(start + length);
                out.put((byte) '\n');
                out.put(bases, 0, length);
                out.put((byte) '\n');
            }
            case tsv -> {
                out.put(name);
                out.put((byte) '\t');
                out.putDecimal(start + 1);
                out.put((byte) '\t');
                out.put(bases, 0, length);
                out.put((byte) '\n');
            }
        }
    }

    @Override
    public boolean showsBases() {
        return this != bed;
    }

    /** Writes rows held in memory (the few of {@code sample --scan}). */
    public void write(FastaIndex index, List<SampleRow> rows, OutputStream out) throws IOException {
        RowBuffer buffer = new RowBuffer(1 << 16, (bytes, length) -> out.write(bytes, 0, length));
        byte[][] names = new byte[index.size()][];
        for (SampleRow row : rows) {
            if (names[row.record()] == null) {
                names[row.record()] = index.get(row.record()).name()
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            writeRow(names[row.record()], row.start(), row.bases(), row.bases().length, buffer);
        }
        buffer.flush();
        out.flush();
    }
}
