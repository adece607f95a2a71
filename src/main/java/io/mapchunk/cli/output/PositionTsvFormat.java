package io.mapchunk.cli.output;

import io.mapchunk.analysis.reads.PositionCounts;
import io.mapchunk.analysis.reads.PositionTable;
import io.mapchunk.job.PositionResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;

import static io.mapchunk.analysis.reads.PositionStatistics.contentPercent;
import static io.mapchunk.analysis.reads.PositionStatistics.meanQuality;
import static io.mapchunk.analysis.reads.PositionStatistics.nPercent;
import static io.mapchunk.analysis.reads.PositionStatistics.qualityPercentile;

/**
 * {@code count --per-position}: one row per read position (1-based, as FastQC numbers them; a bin
 * of positions beyond {@link PositionCounts#EXACT} as {@code first-last}), with the bases there,
 * FastQC's base content (% of A+C+G+T, N as % of all) and its quality figures, every figure
 * printed as FastQC prints it ({@link Double#toString}, {@code NaN} included).
 */
public final class PositionTsvFormat implements OutputWriter<PositionResult> {

    static final String HEADER = "#base\tbases\tA\tC\tG\tT\tN\tmean\tmedian\tlower_quartile"
            + "\tupper_quartile\t10th_percentile\t90th_percentile\n";

    @Override
    public void write(PositionResult result, OutputStream out) throws IOException {
        BufferedWriter writer = TextRows.writer(out);
        writer.write(HEADER);
        PositionTable table = result.table();
        for (int row = 0; row < table.rows(); row++) {
            writer.write(label(table, row) + '\t' + table.total(row)
                    + '\t' + contentPercent(table, row, PositionCounts.A)
                    + '\t' + contentPercent(table, row, PositionCounts.C)
                    + '\t' + contentPercent(table, row, PositionCounts.G)
                    + '\t' + contentPercent(table, row, PositionCounts.T)
                    + '\t' + nPercent(table, row)
                    + '\t' + meanQuality(table, row)
                    + '\t' + qualityPercentile(table, row, 50)
                    + '\t' + qualityPercentile(table, row, 25)
                    + '\t' + qualityPercentile(table, row, 75)
                    + '\t' + qualityPercentile(table, row, 10)
                    + '\t' + qualityPercentile(table, row, 90) + '\n');
        }
        writer.flush();
    }

    /** FastQC's label of a row: {@code 7}, or {@code 1001-1032} for a bin. */
    static String label(PositionTable table, int row) {
        int first = table.firstPosition(row) + 1;
        int last = table.lastPosition(row) + 1;
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
