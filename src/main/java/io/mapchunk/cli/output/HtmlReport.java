package io.mapchunk.cli.output;

import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.format.NameBytes;
import io.mapchunk.job.CountResult;
import io.mapchunk.job.RecordTable;
import io.mapchunk.job.ReportJob;
import io.mapchunk.runtime.RunFigures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One self-contained HTML page (inline CSS and SVG, no script, nothing fetched), readable for a
 * few chromosomes and for 100,000 contigs alike: summary figures first (the assembly statistics and
 * the run's figures), then fixed-size pictures (length distribution, Nx curve, GC against length,
 * GC along the longest sequences), the dinucleotides, and last every sequence, longest first.
 */
public final class HtmlReport implements OutputWriter<ReportJob.Report> {

    /** Up to this many sequences every one gets a GC plot, in file order. */
    public static final int MAX_PLOTS = 48;
    /** Above this many sequences, the plots go to the longest that make up this share of bases. */
    static final double PLOTTED_SHARE = 0.9;
    /** Up to this many sequences the table has every composition column; above, a compact list. */
    static final int MAX_TABLE_ROWS = 2000;
    /** Lines per block of the compact list. */
    private static final int LIST_BLOCK = 1000;

    /** The page style, which the reads page shares. */
    static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
            h1{font-size:20px}h2{font-size:16px;margin-top:28px}h3{font-size:14px;margin:18px 0 4px}
            table{border-collapse:collapse}th,td{padding:3px 8px;border-bottom:1px solid #ddd}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            tfoot td{font-weight:600;border-top:2px solid #888}
            dl{display:grid;grid-template-columns:max-content auto;gap:2px 16px}dt{color:#666}dd{margin:0}
            #sequences{max-height:40em;overflow:auto;border:1px solid #ddd;padding:6px}
            #sequences pre{margin:0;font-size:12px;line-height:15px;tab-size:18}
            #sequences pre.rows{content-visibility:auto;contain-intrinsic-size:auto 15000px}
            svg .axis{stroke:#888;stroke-width:1}svg .grid{stroke:#eee;stroke-width:1}
            svg .gc{fill:none;stroke:#1f6fb4;stroke-width:1.2}svg .mean{stroke:#d2691e;stroke-dasharray:4 3}
            svg .bar{fill:#1f6fb4}svg .nx{fill:none;stroke:#1f6fb4;stroke-width:1.5}
            svg .mark{stroke:#d2691e;fill:#d2691e;stroke-dasharray:3 3}
            svg.gc-length circle{fill:#1f6fb4;fill-opacity:.5}svg.gc-length rect{fill:#1f6fb4}
            svg text{font-size:11px;fill:#555}
            svg .band-good{fill:#e3f4e0}svg .band-fair{fill:#fcefd9}svg .band-poor{fill:#f8e0e0}
            svg .box{fill:#f2d64b;stroke:#7a6a1c;stroke-width:.6}svg .box.thin{stroke:none}svg .whisker.thin{stroke:#aaa;stroke-width:.3}svg .whisker{stroke:#444;stroke-width:.8}
            svg .median{stroke:#c0392b;stroke-width:1.2}svg .quality-mean{fill:none;stroke:#1f6fb4;stroke-width:1.5}
            svg .base-a{fill:none;stroke:#2e8b57;stroke-width:1.5}svg .base-c{fill:none;stroke:#1f6fb4;stroke-width:1.5}
            svg .base-g{fill:none;stroke:#222;stroke-width:1.5}svg .base-t{fill:none;stroke:#c0392b;stroke-width:1.5}
            svg .base-n{fill:none;stroke:#999;stroke-width:1.2;stroke-dasharray:4 3}
            """;

    /**
     * Writes the page of a report: its table of counts, dinucleotides and N runs, the GC windows of
     * every record, and the length statistics of them all.
     */
    @Override
    public void write(ReportJob.Report report, OutputStream out) throws IOException {
        CountResult counts = report.counts();
        GcTable windows = report.windows();
        LengthStats lengths = report.lengths();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String file = Path.of(counts.input()).getFileName().toString();
        List<SequenceCount> records = counts.records();
        writer.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>mapchunk report: " + escape(file) + "</title><style>" + STYLE
                + "</style></head><body>\n");
        writer.write("<h1>mapchunk report: " + escape(file) + "</h1>\n");
        summary(writer, counts, lengths);
        figures(writer, counts, windows);
        writer.write("<h2>Sequence lengths</h2>\n<p>How many sequences there are of each length,"
                + " on log-scaled bins (five per decade)" + (lengths.below(1) > 0
                        ? String.format(Locale.ROOT, "; %,d empty sequences are not shown",
                                lengths.below(1)) : "") + ".</p>\n");
        ReportCharts.lengthHistogram(writer, lengths);
        writer.write("<h2>Nx</h2>\n<p>Nx: the length of the sequence at which the longest"
                + " sequences first hold x % of all bases (N50 and N90 marked).</p>\n");
        ReportCharts.nxCurve(writer, lengths);
        writer.write("<h2>GC against length</h2>\n<p>(G+C)/(A+C+G+T) of each sequence against its"
                + " length; " + (records.size() <= ReportCharts.MAX_DOTS ? "one dot per sequence"
                        : "sequences counted in a grid of cells, darker where there are more")
                + "; sequences without A, C, G or T are left out.</p>\n");
        ReportCharts.gcAgainstLength(writer, records, lengths);
        int[] plotted = plotted(lengthsOf(records));
        writer.write("<h2 id=\"gc-along\">GC along " + (plotted.length == records.size()
                ? "each sequence" : "the longest sequences") + "</h2>\n<p>"
                + plotRule(plotted, records.size(), lengths)
                + " (G+C)/(A+C+G+T) in windows of "
                + String.format(Locale.ROOT, "%,d", windows.spec().window())
                + " bases; gaps are windows without A, C, G or T; the dashed line is the"
                + " sequence's mean.</p>\n");
        RecordTable table = counts.table();
        for (int r : plotted) {
            SequenceCount record = records.get(r);
            int indexed = table.faiOrdinal(r);
            if (indexed < 0) {
                continue;
            }
            writer.write("<section class=\"plot\"><h3>" + escape(NameBytes.text(record.name())) + "</h3>\n");
            ReportCharts.gcAlong(writer, windows.windows(indexed),
                    windows.index().get(indexed).length(), record.counts().gcFraction());
            writer.write("</section>\n");
        }
        dinucleotides(writer, counts);
        if (records.size() <= MAX_TABLE_ROWS) {
            table(writer, counts);
        } else {
            list(writer, counts);
        }
        writer.write("</body></html>\n");
        writer.flush();
    }

    /**
     * The ordinals of the records to plot: every one, in file order, when there are at most
     * {@link #MAX_PLOTS}; else the longest, longest first, until they hold {@link #PLOTTED_SHARE}
     * of all bases or there are {@link #MAX_PLOTS} of them. Empty records have no windows: the
     * report skips them.
     */
    static int[] plotted(long[] lengths) {
        if (lengths.length <= MAX_PLOTS) {
            return IntStream.range(0, lengths.length).toArray();
        }
        long sum = Arrays.stream(lengths).sum();
        int[] longest = byLength(lengths);
        long covered = 0;
        int taken = 0;
        while (taken < MAX_PLOTS && (taken == 0 || covered < PLOTTED_SHARE * sum)) {
            covered += lengths[longest[taken++]];
        }
        return Arrays.copyOf(longest, taken);
    }

    private static String plotRule(int[] plotted, int records, LengthStats lengths) {
        if (plotted.length == records) {
            return "Every sequence (there are at most " + MAX_PLOTS + ").";
        }
        return String.format(Locale.ROOT, "Only the longest sequences are drawn: those that"
                + " together hold %.0f %% of all bases, at most %d. These %d hold %.1f %% of the"
                + " bases; the other %,d sequences are in the table below.",
                100 * PLOTTED_SHARE, MAX_PLOTS, plotted.length,
                100.0 * lengths.longestSum(plotted.length) / Math.max(1, lengths.sum()),
                records - plotted.length);
    }

    /** Record ordinals, longest first (file order among equal lengths). */
    static int[] byLength(long[] lengths) {
        return IntStream.range(0, lengths.length).boxed()
                .sorted(Comparator.comparingLong((Integer r) -> -lengths[r])
                        .thenComparingInt(r -> r))
                .mapToInt(Integer::intValue).toArray();
    }

    private static long[] lengthsOf(List<SequenceCount> records) {
        return records.stream().mapToLong(r -> r.counts().length).toArray();
    }

    private static void summary(Writer writer, CountResult counts, LengthStats lengths)
            throws IOException {
        BaseCounts total = counts.total();
        long runs = counts.table().column(RecordTable.N_RUNS).stream().mapToLong(Long::longValue)
                .sum();
        long shortOnes = lengths.below(JsonStatsFormat.SHORT);
        writer.write("<h2>Summary</h2>\n<dl id=\"summary\">");
        item(writer, "sequences", String.format(Locale.ROOT, "%,d", lengths.count()));
        item(writer, "total length", String.format(Locale.ROOT, "%,d bp", lengths.sum()));
        item(writer, "shortest / mean / longest", lengths.count() == 0 ? "NA"
                : String.format(Locale.ROOT, "%,d / %,.1f / %,d bp", lengths.min(),
                        lengths.mean(), lengths.max()));
        item(writer, "N50 (L50)", String.format(Locale.ROOT, "%,d bp (%,d sequences)",
                lengths.n(50), lengths.l(50)));
        item(writer, "N90 (L90)", String.format(Locale.ROOT, "%,d bp (%,d sequences)",
                lengths.n(90), lengths.l(90)));
        item(writer, "auN", String.format(Locale.ROOT, "%,.0f bp (area under the Nx curve)",
                lengths.auN()));
        item(writer, "GC", percent(total.gcFraction()) + " % of A, C, G and T");
        item(writer, "N", String.format(Locale.ROOT, "%,d bp in %,d runs (gaps)", total.n, runs));
        item(writer, "below 1 kb", String.format(Locale.ROOT, "%,d sequences", shortOnes));
        writer.write("</dl>\n");
    }

    private static void figures(Writer writer, CountResult counts, GcTable windows)
            throws IOException {
        run(writer, counts.input(), counts.figures(), String.format(Locale.ROOT, "counts,"
                + " dinucleotides, N runs and GC windows of %,d", windows.spec().window()));
    }

    /** The run section of a page: the input, its size and the scan job that computed {@code what}. */
    static void run(Writer writer, String input, RunFigures run, String what) throws IOException {
        writer.write("<h2>Run</h2>\n<dl id=\"run\">");
        item(writer, "input", escape(input));
        item(writer, "file size", String.format(Locale.ROOT, "%,d bytes", run.inputBytes()));
        item(writer, "parallelism", String.valueOf(run.parallelism()));
        item(writer, "scan job", String.format(Locale.ROOT, "%.2f s (%.2f s wall, %s/s): %s in"
                + " one pass", run.jobSeconds(), run.wallSeconds(), megabytes(run.bytesPerSecond()),
                what));
        writer.write("</dl>\n");
    }

    static void item(Writer writer, String name, String value) throws IOException {
        writer.write("<dt>" + name + "</dt><dd>" + value + "</dd>");
    }

    /** Every sequence with its composition, longest first, and the total. */
    private static void table(Writer writer, CountResult counts) throws IOException {
        writer.write("<h2>Sequences</h2>\n<p>Longest first.</p>\n<table id=\"composition\">"
                + "<thead><tr><th>sequence</th>");
        for (String column : List.of("length", "A", "C", "G", "T", "N", "other", "lowercase", "CpG",
                "GC %")) {
            writer.write("<th class=\"num\">" + column + "</th>");
        }
        writer.write("</tr></thead>\n<tbody>\n");
        List<SequenceCount> records = counts.records();
        for (int r : byLength(lengthsOf(records))) {
            writer.write("<tr class=\"sequence\">");
            row(writer, escape(NameBytes.text(records.get(r).name())), records.get(r).counts());
            writer.write("</tr>\n");
        }
        writer.write("</tbody>\n<tfoot><tr>");
        row(writer, "total", counts.total());
        writer.write("</tr></tfoot></table>\n");
    }

    /**
     * Every sequence on one short line (name, length, GC %, N), longest first, in blocks of
     * {@link #LIST_BLOCK} lines that the browser lays out only when they are scrolled to
     * ({@code content-visibility: auto}): 100,000 lines laid out at once take Chromium seconds.
     */
    private static void list(Writer writer, CountResult counts) throws IOException {
        List<SequenceCount> records = counts.records();
        writer.write(String.format(Locale.ROOT, "<h2>Sequences</h2>\n<p>All %,d sequences,"
                + " longest first: name, length, GC %% (of A, C, G and T; NA without any), N"
                + " (the full composition is in <code>mapchunk count</code>).</p>\n"
                + "<div id=\"sequences\"><pre>name\tlength\tGC %%\tN</pre>", records.size()));
        StringBuilder line = new StringBuilder();
        int[] order = byLength(lengthsOf(records));
        for (int i = 0; i < order.length; i++) {
            BaseCounts c = records.get(order[i]).counts();
            double gc = c.gcFraction();
            line.setLength(0);
            line.append(i % LIST_BLOCK == 0 ? "<pre class=\"rows\">" : "\n")
                    .append(escape(NameBytes.text(records.get(order[i]).name()))).append('\t').append(c.length)
                    .append('\t');
            if (Double.isNaN(gc)) {
                line.append("NA");
            } else {
                long tenths = Math.round(gc * 1000);
                line.append(tenths / 10).append('.').append(tenths % 10);
            }
            line.append('\t').append(c.n).append(i % LIST_BLOCK == LIST_BLOCK - 1
                    || i == order.length - 1 ? "</pre>" : "");
            writer.append(line);
        }
        writer.write("</div>\n");
    }

    private static void row(Writer writer, String name, BaseCounts c) throws IOException {
        writer.write("<td>" + name + "</td>");
        for (long value : new long[] {c.length, c.a, c.c, c.g, c.t, c.n, c.nonAcgt() - c.n, c.lower,
                c.cpg}) {
            writer.write(String.format(Locale.ROOT, "<td class=\"num\">%,d</td>", value));
        }
        writer.write("<td class=\"num\">" + percent(c.gcFraction()) + "</td>");
    }

    /**
     * The 4x4 table of dinucleotides over all sequences: observed count and observed / expected,
     * expected being the pair total times the product of the two bases' frequencies (so CpG
     * depletion shows as a CG ratio well below 1).
     */
    private static void dinucleotides(Writer writer, CountResult counts) throws IOException {
        dinucleotides(writer, counts.totalDinucleotides(), counts.total(), "Adjacent A/C/G/T"
                + " pairs over all sequences (either case, across line ends; pairs touching N or"
                + " IUPAC codes are not counted)");
    }

    /** The dinucleotide table of {@code pairs} (in {@code Dinucleotides.PAIRS} order), {@code what} says which pairs. */
    static void dinucleotides(Writer writer, long[] pairs, BaseCounts total, String what)
            throws IOException {
        long[] bases = {total.a, total.c, total.g, total.t};
        long acgt = bases[0] + bases[1] + bases[2] + bases[3];
        long pairTotal = Arrays.stream(pairs).sum();
        writer.write("<h2>Dinucleotides</h2>\n<p>" + what + ": count, and observed / expected"
                + " from the base frequencies.</p>\n"
                + "<table id=\"dinucleotides\"><thead><tr><th>first \\ second</th>");
        for (String base : List.of("A", "C", "G", "T")) {
            writer.write("<th class=\"num\">" + base + "</th>");
        }
        writer.write("</tr></thead>\n<tbody>\n");
        for (int a = 0; a < 4; a++) {
            writer.write("<tr><th>" + "ACGT".charAt(a) + "</th>");
            for (int b = 0; b < 4; b++) {
                long observed = pairs[a * 4 + b];
                double expected = acgt == 0 ? 0
                        : (double) pairTotal * bases[a] / acgt * bases[b] / acgt;
                writer.write(String.format(Locale.ROOT, "<td class=\"num\">%,d<br>%s</td>",
                        observed, expected == 0 ? "NA"
                                : String.format(Locale.ROOT, "%.2f", observed / expected)));
            }
            writer.write("</tr>\n");
        }
        writer.write("</tbody></table>\n");
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "NA" : String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }

    static String megabytes(double bytesPerSecond) {
        return Double.isNaN(bytesPerSecond) ? "NA"
                : String.format(Locale.ROOT, "%.1f MB", bytesPerSecond / 1e6);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
