package io.mapchunk.cli.output;

import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.format.FastaIndex;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Layouts of sampled windows, one row per window in genome order. BED: {@code name start end},
 * 0-based half-open. FASTA: {@code >name:start-end} (0-based start, exclusive end, as bedtools
 * getfasta writes) and the bases on one line. TSV: {@code name pos bases}, pos 1-based (samtools
 * style), bases as in the file (case kept).
 */
public enum SampleFormat {
    bed, fasta, tsv;

    public void write(FastaIndex index, List<SampleRow> rows, OutputStream out) throws IOException {
        BufferedWriter writer = TextRows.writer(out);
        for (SampleRow row : rows) {
            String name = index.get(row.record()).name();
            long end = row.start() + row.bases().length;
            String bases = new String(row.bases(), StandardCharsets.ISO_8859_1);
            switch (this) {
                case bed -> writer.write(name + '\t' + row.start() + '\t' + end + '\n');
                case fasta -> writer.write('>' + name + ':' + row.start() + '-' + end + '\n'
                        + bases + '\n');
                case tsv -> writer.write(name + '\t' + (row.start() + 1) + '\t' + bases + '\n');
            }
        }
        writer.flush();
    }
}
