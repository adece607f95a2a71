package io.mapchunk.cli.output;

import io.mapchunk.analysis.reads.PositionCounts;
import io.mapchunk.analysis.reads.PositionTable;
import io.mapchunk.job.PositionResult;
import io.mapchunk.runtime.RunFigures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import static io.mapchunk.analysis.reads.PositionStatistics.contentPercent;
import static io.mapchunk.analysis.reads.PositionStatistics.meanQuality;
import static io.mapchunk.analysis.reads.PositionStatistics.nPercent;
import static io.mapchunk.analysis.reads.PositionStatistics.qualityPercentile;

/**
 * {@code count --per-position --format json}: the rows of {@link PositionTsvFormat} with their
 * raw counts as well (bases by class, the quality histogram from Phred 0 up to the highest value
 * seen in the file), so that any other figure can be computed from them; NaN is {@code null}.
 */
public final class PositionJsonFormat implements OutputWriter<PositionResult> {

    private static final String[] BASE_NAMES = {"A", "C", "G", "T", "N", "other"};

    @Override
    public void write(PositionResult result, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        RunFigures figures = result.figures();
        PositionTable table = result.table();
        writer.write("{\n  \"input\": " + Json.quote(result.input()) + ",\n");
        writer.write("  \"run\": {\"bytes\": " + figures.inputBytes()
                + ", \"parallelism\": " + figures.parallelism()
                + ", \"wall_seconds\": " + Json.number(figures.wallSeconds())
                + ", \"job_seconds\": " + Json.number(figures.jobSeconds())
                + ", \"bytes_per_second\": " + Json.number(figures.bytesPerSecond()) + "},\n");
        writer.write("  \"longest\": " + table.longest() + ", \"exact_positions\": "
                + PositionCounts.EXACT + ", \"bin_width\": " + table.binWidth() + ",\n");
        writer.write("  \"positions\": [");
        int highest = table.highestQuality();
        String separator = "\n    ";
        for (int row = 0; row < table.rows(); row++) {
            StringBuilder line = new StringBuilder(separator)
                    .append("{\"first\": ").append(table.firstPosition(row) + 1)
                    .append(", \"last\": ").append(table.lastPosition(row) + 1)
                    .append(", \"bases\": ").append(table.total(row)).append(", \"counts\": {");
            for (int base = 0; base < PositionCounts.BASES; base++) {
                line.append(base == 0 ? "" : ", ").append('"').append(BASE_NAMES[base])
                        .append("\": ").append(table.bases(row, base));
            }
            line.append("}, \"percent\": {");
            for (int base = PositionCounts.A; base <= PositionCounts.T; base++) {
                line.append('"').append(BASE_NAMES[base]).append("\": ")
                        .append(Json.number(contentPercent(table, row, base))).append(", ");
            }
            line.append("\"N\": ").append(Json.number(nPercent(table, row)))
                    .append("}, \"quality\": {\"mean\": ")
                    .append(Json.number(meanQuality(table, row)))
                    .append(", \"median\": ").append(percentile(table, row, 50))
                    .append(", \"lower_quartile\": ").append(percentile(table, row, 25))
                    .append(", \"upper_quartile\": ").append(percentile(table, row, 75))
                    .append(", \"10th_percentile\": ").append(percentile(table, row, 10))
                    .append(", \"90th_percentile\": ").append(percentile(table, row, 90))
                    .append(", \"histogram\": [");
            for (int q = 0; q <= highest; q++) {
                line.append(q == 0 ? "" : ", ").append(table.qualities(row, q));
            }
            writer.write(line.append("]}}").toString());
            separator = ",\n    ";
        }
        writer.write("\n  ]\n}\n");
        writer.flush();
    }

    private static String percentile(PositionTable table, int row, int percent) {
        return Json.number(qualityPercentile(table, row, percent));
    }
}
