package io.mapchunk.cli.output;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.job.CountResult;
import io.mapchunk.job.RecordTable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * UCSC faCount's layout: {@code #seq len A C G T N cpg}, one row per record in file order, then
 * {@code total}. N is every base that is not A, C, G or T; cpg counts CG dinucleotides. A reads
 * file (FASTQ) has only the {@code total} row (its CG pairs counted within reads).
 */
public final class FaCountFormat implements OutputWriter<CountResult> {

    /** The columns it writes: base counts only. */
    public static final Set<RecordTable.Column<?>> COLUMNS = Set.of(RecordTable.COUNTS);

    @Override
    public void write(CountResult result, OutputStream out) throws IOException {
        BufferedWriter writer = TextRows.writer(out);
        writer.write("#seq\tlen\tA\tC\tG\tT\tN\tcpg\n");
        for (SequenceCount record : result.records()) {
            row(writer, record.name(), record.counts());
        }
        row(writer, "total", result.total());
        writer.flush();
    }

    private static void row(BufferedWriter writer, String name, BaseCounts counts)
            throws IOException {
        writer.write(name + '\t' + counts.length + '\t' + counts.a + '\t' + counts.c + '\t'
                + counts.g + '\t' + counts.t + '\t' + counts.nonAcgt() + '\t' + counts.cpg + '\n');
    }
}
