package io.mapchunk.cli.output;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowCounts;
import io.mapchunk.job.CountResult;
import io.mapchunk.runtime.RunFigures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained HTML page (inline CSS and SVG, no script, nothing fetched): the run's
 * figures, the per-sequence composition table, and a GC-along-the-sequence plot per sequence.
 */
public final class HtmlReport {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 170;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 10;
    private static final int BOTTOM = 28;

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
            h1{font-size:20px}h2{font-size:16px;margin-top:28px}h3{font-size:14px;margin:18px 0 4px}
            table{border-collapse:collapse}th,td{padding:3px 8px;border-bottom:1px solid #ddd}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            tfoot td{font-weight:600;border-top:2px solid #888}
            dl{display:grid;grid-template-columns:max-content auto;gap:2px 16px}dt{color:#666}dd{margin:0}
            svg .axis{stroke:#888;stroke-width:1}svg .grid{stroke:#eee;stroke-width:1}
            svg .gc{fill:none;stroke:#1f6fb4;stroke-width:1.2}svg .mean{stroke:#d2691e;stroke-dasharray:4 3}
            svg text{font-size:11px;fill:#555}
            """;

    private HtmlReport() {}

    public static void write(CountResult counts, GcTable windows, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String file = Path.of(counts.input()).getFileName().toString();
        writer.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>mapchunk report: " + escape(file) + "</title><style>" + STYLE
                + "</style></head><body>\n");
        writer.write("<h1>mapchunk report: " + escape(file) + "</h1>\n");
        figures(writer, counts, windows);
        table(writer, counts);
        dinucleotides(writer, counts);
        writer.write("<h2>GC along each sequence</h2>\n<p>(G+C)/(A+C+G+T) in windows of "
                + String.format(Locale.ROOT, "%,d", windows.spec().window())
                + " bases; gaps are windows without A, C, G or T; the dashed line is the"
                + " sequence's mean.</p>\n");
        for (int r = 0; r < windows.index().size(); r++) {
            SequenceCount record = counts.records().get(r);
            writer.write("<section class=\"plot\"><h3>" + escape(record.name()) + "</h3>\n");
            plot(writer, windows.windows(r), windows.index().get(r).length(),
                    record.counts().gcFraction());
            writer.write("</section>\n");
        }
        writer.write("</body></html>\n");
        writer.flush();
    }

    private static void figures(Writer writer, CountResult counts, GcTable windows)
            throws IOException {
        RunFigures run = counts.figures();
        writer.write("<h2>Run</h2>\n<dl id=\"run\">");
        item(writer, "input", escape(counts.input()));
        item(writer, "file size", String.format(Locale.ROOT, "%,d bytes", run.inputBytes()));
        item(writer, "sequences", String.valueOf(counts.records().size()));
        item(writer, "bases", String.format(Locale.ROOT, "%,d", counts.total().length));
        item(writer, "GC", percent(counts.total().gcFraction()) + " %");
        item(writer, "parallelism", String.valueOf(run.parallelism()));
        item(writer, "scan job", String.format(Locale.ROOT, "%.2f s (%.2f s wall, %s/s): counts,"
                + " dinucleotides and GC windows of %,d in one pass", run.jobSeconds(),
                run.wallSeconds(), megabytes(run.bytesPerSecond()), windows.spec().window()));
        writer.write("</dl>\n");
    }

    private static void item(Writer writer, String name, String value) throws IOException {
        writer.write("<dt>" + name + "</dt><dd>" + value + "</dd>");
    }

    private static void table(Writer writer, CountResult counts) throws IOException {
        writer.write("<h2>Composition</h2>\n<table id=\"composition\"><thead><tr><th>sequence</th>");
        for (String column : List.of("length", "A", "C", "G", "T", "N", "other", "lowercase", "CpG",
                "GC %")) {
            writer.write("<th class=\"num\">" + column + "</th>");
        }
        writer.write("</tr></thead>\n<tbody>\n");
        for (SequenceCount record : counts.records()) {
            writer.write("<tr class=\"sequence\">");
            row(writer, escape(record.name()), record.counts());
            writer.write("</tr>\n");
        }
        writer.write("</tbody>\n<tfoot><tr>");
        row(writer, "total", counts.total());
        writer.write("</tr></tfoot></table>\n");
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
        long[] pairs = counts.totalDinucleotides();
        BaseCounts total = counts.total();
        long[] bases = {total.a, total.c, total.g, total.t};
        long acgt = bases[0] + bases[1] + bases[2] + bases[3];
        long pairTotal = Arrays.stream(pairs).sum();
        writer.write("<h2>Dinucleotides</h2>\n<p>Adjacent A/C/G/T pairs over all sequences (either"
                + " case, across line ends; pairs touching N or IUPAC codes are not counted):"
                + " count, and observed / expected from the base frequencies.</p>\n"
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

    /** An SVG line of GC per window against position, broken where a window has no A/C/G/T. */
    private static void plot(Writer writer, List<WindowCounts> windows, long length, double mean)
            throws IOException {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        writer.write("<svg class=\"gc-plot\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" role=\"img\">\n");
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = TOP + plotHeight * (1 - percent / 100.0);
            writer.write(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>\n",
                    LEFT, LEFT + plotWidth, y, y, LEFT - 6, y + 4, percent));
        }
        writer.write(String.format(Locale.ROOT,
                "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                        + "<text x=\"%d\" y=\"%d\">0</text>"
                        + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s bp</text>\n",
                LEFT, LEFT + plotWidth, TOP + plotHeight, TOP + plotHeight, LEFT,
                HEIGHT - 8, LEFT + plotWidth, HEIGHT - 8, String.format(Locale.ROOT, "%,d", length)));
        StringBuilder points = new StringBuilder();
        for (WindowCounts window : windows) {
            if (window.acgt() == 0) {
                polyline(writer, points);
                continue;
            }
            double middle = (window.start() + window.end()) / 2.0;
            double x = LEFT + plotWidth * middle / Math.max(1, length);
            double y = TOP + plotHeight * (1 - window.gcFraction());
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        polyline(writer, points);
        if (!Double.isNaN(mean)) {
            double y = TOP + plotHeight * (1 - mean);
            writer.write(String.format(Locale.ROOT,
                    "<line class=\"mean\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>\n",
                    LEFT, LEFT + plotWidth, y, y));
        }
        writer.write("</svg>\n");
    }

    private static void polyline(Writer writer, StringBuilder points) throws IOException {
        if (points.length() > 0) {
            writer.write("<polyline class=\"gc\" points=\"" + points.toString().trim() + "\"/>\n");
            points.setLength(0);
        }
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "NA" : String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }

    private static String megabytes(double bytesPerSecond) {
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
