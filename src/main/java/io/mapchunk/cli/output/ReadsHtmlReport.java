package io.mapchunk.cli.output;

import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.reads.PositionCounts;
import io.mapchunk.analysis.reads.ReadSummary;
import io.mapchunk.job.ReportJob;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import static io.mapchunk.cli.output.HtmlReport.escape;
import static io.mapchunk.cli.output.HtmlReport.item;
import static io.mapchunk.cli.output.HtmlReport.percent;

/**
 * The report of a FASTQ file, in the style of the assembly page ({@link HtmlReport}) and as
 * self-contained: the reads' summary and the run's figures, then fixed-size pictures (read
 * lengths, quality per position as FastQC draws it, base content per position, per-read GC) and
 * the dinucleotides within reads. Its figures come from the read summary and the per-position
 * table of one pass.
 */
public final class ReadsHtmlReport implements OutputWriter<ReportJob.ReadsReport> {

    @Override
    public void write(ReportJob.ReadsReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String file = Path.of(report.input()).getFileName().toString();
        ReadSummary summary = report.summary();
        writer.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>mapchunk report: " + escape(file) + "</title><style>"
                + HtmlReport.STYLE + "</style></head><body>\n");
        writer.write("<h1>mapchunk report: " + escape(file) + " (reads)</h1>\n");
        summary(writer, summary);
        run(writer, report);
        writer.write("<h2>Read lengths</h2>\n<p>How many reads there are of each length (in bins"
                + " of a round width when there are more than " + ReadsCharts.LENGTH_BARS
                + " lengths)" + (summary.lengths().below(1) > 0
                        ? String.format(Locale.ROOT, "; %,d empty reads are not shown",
                                summary.lengths().below(1)) : "") + ".</p>\n");
        ReadsCharts.lengthHistogram(writer, summary.lengths());
        writer.write("<h2>Quality per position</h2>\n<p>As FastQC draws it: per position in the"
                + " read, the box spans the lower to the upper quartile of the Phred qualities, the"
                + " whiskers the 10th to the 90th percentile, the red bar is the median and the"
                + " blue line the mean; the bands are good (from " + ReadsCharts.GOOD + "), fair"
                + " (from " + ReadsCharts.FAIR + ") and poor. Positions with at most 100 bases"
                + " have no box (FastQC gives them no percentiles)" + binNote(report) + ".</p>\n");
        ReadsCharts.qualityBoxPlot(writer, report.positions());
        writer.write("<h2>Base content per position</h2>\n<p>A, C, G and T as a share of the"
                + " four at each position (either case), N as a share of all bases there"
                + " (dashed).</p>\n");
        ReadsCharts.baseContent(writer, report.positions());
        writer.write("<h2>GC per read</h2>\n<p>Reads by their GC: (G+C)/(A+C+G+T), rounded to a"
                + " whole percent; reads without A, C, G or T are left out.</p>\n");
        ReadsCharts.gcHistogram(writer, summary.gcHistogram());
        HtmlReport.dinucleotides(writer, summary.dinucleotides(), summary.baseCounts(),
                "Adjacent A/C/G/T pairs within reads (either case; never across two reads; pairs"
                        + " touching N or IUPAC codes are not counted)");
        writer.write("</body></html>\n");
        writer.flush();
    }

    private static String binNote(ReportJob.ReadsReport report) {
        int width = report.positions().binWidth();
        return width == 1 ? "" : String.format(Locale.ROOT, ". Past position %,d, positions are"
                + " drawn in bins of %,d, each bin's qualities pooled", PositionCounts.EXACT, width);
    }

    private static void summary(Writer writer, ReadSummary summary) throws IOException {
        LengthStats lengths = summary.lengths();
        BaseCounts bases = summary.baseCounts();
        writer.write("<h2>Summary</h2>\n<dl id=\"summary\">");
        item(writer, "reads", String.format(Locale.ROOT, "%,d", lengths.count()));
        item(writer, "bases", String.format(Locale.ROOT, "%,d bp", lengths.sum()));
        item(writer, "shortest / mean / longest", lengths.count() == 0 ? "NA"
                : String.format(Locale.ROOT, "%,d / %,.1f / %,d bp", lengths.min(),
                        lengths.mean(), lengths.max()));
        item(writer, "length quartiles", lengths.count() == 0 ? "NA"
                : String.format(Locale.ROOT, "%,.1f / %,.1f / %,.1f bp", lengths.q1(),
                        lengths.q2(), lengths.q3()));
        item(writer, "N50", String.format(Locale.ROOT, "%,d bp", lengths.n(50)));
        item(writer, "Q20 / Q30", share(summary.basesAtLeast(20), lengths.sum()) + " / "
                + share(summary.basesAtLeast(30), lengths.sum()) + " % of bases");
        item(writer, "mean quality", String.format(Locale.ROOT, "%.2f (Phred averaged over error"
                + " probabilities, as seqkit and fastp do); %.2f (arithmetic mean)",
                summary.meanQualityByError(), summary.meanPhred()));
        item(writer, "GC", percent(bases.gcFraction()) + " % of A, C, G and T");
        item(writer, "N", String.format(Locale.ROOT, "%,d bp", bases.n));
        writer.write("</dl>\n");
    }

    private static void run(Writer writer, ReportJob.ReadsReport report) throws IOException {
        HtmlReport.run(writer, report.input(), report.figures(),
                "read summary and per-position table");
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "NA" : String.format(Locale.ROOT, "%.2f", 100.0 * part / whole);
    }
}
