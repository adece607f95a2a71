package io.mapchunk.cli.output;

import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowCounts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code gc --format tsv}: {@code bedtools nuc}'s header and columns for a BED3 input, in file
 * order, with its definitions: pct_at = (A+T)/seq_len and pct_gc = (C+G)/seq_len (N and other
 * bases count in seq_len), computed in single precision and printed like C's {@code %f}; a window
 * without any A, C, G or T has {@code NA} in both. As bedtools does, U counts as T here (RNA
 * FASTA); the bedGraph's GC of called bases leaves U out.
 */
public final class NucTsvFormat implements OutputWriter<GcTable> {

    @Override
    public void write(GcTable table, OutputStream out) throws IOException {
        BufferedWriter writer = TextRows.writer(out);
        writer.write("#1_usercol\t2_usercol\t3_usercol\t4_pct_at\t5_pct_gc\t6_num_A\t7_num_C"
                + "\t8_num_G\t9_num_T\t10_num_N\t11_num_oth\t12_seq_len\n");
        for (int r = 0; r < table.index().size(); r++) {
            for (WindowCounts w : table.windows(r)) {
                String at = "NA";
                String gc = "NA";
                long t = w.t() + w.u();
                if (w.acgt() + w.u() > 0) {
                    at = TextRows.fixed((float) (w.a() + t) / w.length(), 6);
                    gc = TextRows.fixed((float) (w.c() + w.g()) / w.length(), 6);
                }
                writer.write(w.name() + '\t' + w.start() + '\t' + w.end() + '\t' + at + '\t' + gc
                        + '\t' + w.a() + '\t' + w.c() + '\t' + w.g() + '\t' + t + '\t' + w.n()
                        + '\t' + (w.other() - w.u()) + '\t' + w.length() + '\n');
            }
        }
        writer.flush();
    }
}
