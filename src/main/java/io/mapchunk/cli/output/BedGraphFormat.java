package io.mapchunk.cli.output;

import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowCounts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code gc}'s bedGraph, in file order: {@code name start end value}, 0-based half-open, the value
 * with six decimals; windows without any A, C, G or T are left out.
 */
public final class BedGraphFormat implements OutputWriter<GcTable> {

    /** Which value a bedGraph carries. */
    public enum Value {
        /** (G+C) / (A+C+G+T). */
        gc,
        /** N / window length. */
        n
    }

    private final Value value;

    public BedGraphFormat(Value value) {
        this.value = value;
    }

    @Override
    public void write(GcTable table, OutputStream out) throws IOException {
        BufferedWriter writer = TextRows.writer(out);
        for (int r = 0; r < table.index().size(); r++) {
            for (WindowCounts w : table.windows(r)) {
                if (w.acgt() == 0) {
                    continue;
                }
                double v = value == Value.gc ? w.gcFraction() : w.nFraction();
                writer.write(w.name() + '\t' + w.start() + '\t' + w.end() + '\t'
                        + TextRows.fixed(v, 6) + '\n');
            }
        }
        writer.flush();
    }
}
