package io.mapchunk.cli.output;

import io.mapchunk.analysis.sample.RowBuffer;
import io.mapchunk.analysis.sample.RowFormat;

import java.io.IOException;

/**
 * Layouts of sampled windows, one row per window in genome order. BED: {@code name start end},
 * 0-based half-open. FASTA: {@code >name:start-end} (0-based start, exclusive end, as bedtools
 * getfasta writes) and the bases on one line. TSV: {@code name pos bases}, pos 1-based (samtools
 * style), bases as in the file (case kept). Names are written in ISO-8859-1, byte for byte as read.
 * The sample job lays its rows out with it where it draws them; {@link SampleWriter} writes them.
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
}
