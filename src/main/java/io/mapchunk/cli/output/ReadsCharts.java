package io.mapchunk.cli.output;

import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.reads.PositionCounts;
import io.mapchunk.analysis.reads.PositionTable;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

import static io.mapchunk.analysis.reads.PositionStatistics.contentPercent;
import static io.mapchunk.analysis.reads.PositionStatistics.meanQuality;
import static io.mapchunk.analysis.reads.PositionStatistics.nPercent;
import static io.mapchunk.analysis.reads.PositionStatistics.qualityPercentile;
import static io.mapchunk.cli.output.ReportCharts.BOTTOM;
import static io.mapchunk.cli.output.ReportCharts.CHART_HEIGHT;
import static io.mapchunk.cli.output.ReportCharts.LEFT;
import static io.mapchunk.cli.output.ReportCharts.RIGHT;
import static io.mapchunk.cli.output.ReportCharts.TOP;
import static io.mapchunk.cli.output.ReportCharts.WIDTH;

/**
 * The reads page's pictures as inline SVG of the report's fixed size, whatever the read length
 * (a row of the per-position table is one slot on the x axis): the read lengths, FastQC's
 * per-position quality box plot and base content lines, and the per-read GC histogram.
 */
final class ReadsCharts {

    /** FastQC's bands: good from Phred 28, fair from 20, poor below. */
    static final int GOOD = 28;
    static final int FAIR = 20;
    /** At most this many bars in the read length histogram. */
    static final int LENGTH_BARS = 60;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = CHART_HEIGHT - TOP - BOTTOM;

    private ReadsCharts() {}

    /**
     * Per row, a box from the lower to the upper quartile, whiskers to the 10th and 90th
     * percentiles and the median across it (rows of too few qualities for FastQC's percentiles have
     * none), and the mean as one line, over green, orange and red bands at {@link #GOOD} and
     * {@link #FAIR}.
     */
    static void qualityBoxPlot(Writer out, PositionTable table) throws IOException {
        ReportCharts.open(out, "quality-box-plot", CHART_HEIGHT);
        if (table.rows() == 0) {
            ReportCharts.note(out, "no read holds any base", CHART_HEIGHT);
            out.write("</svg>\n");
            return;
        }
        int top = Math.max(40, table.highestQuality() + 1);
        band(out, "band-good", GOOD, top, top);
        band(out, "band-fair", FAIR, GOOD, top);
        band(out, "band-poor", 0, FAIR, top);
        for (int q = 0; q <= top; q += 10) {
            double y = qualityY(q, top);
            out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d"
                    + "</text>\n", LEFT - 6, y + 4, q));
        }
        yTitle(out, "Phred quality");
        positionAxis(out, table);
        double slot = (double) PLOT_WIDTH / table.rows();
        // outlines and whiskers of full width would hide boxes narrower than a few pixels
        String boxKind = slot >= 4 ? "box" : "box thin";
        String whiskerKind = slot >= 4 ? "whisker" : "whisker thin";
        StringBuilder means = new StringBuilder();
        for (int row = 0; row < table.rows(); row++) {
            double middle = LEFT + (row + 0.5) * slot;
            double lower = qualityPercentile(table, row, 25);
            if (!Double.isNaN(lower)) {
                double upper = qualityPercentile(table, row, 75);
                double low = qualityPercentile(table, row, 10);
                double high = qualityPercentile(table, row, 90);
                double median = qualityPercentile(table, row, 50);
                double half = Math.max(0.3, slot * 0.35);
                out.write(String.format(Locale.ROOT,
                        "<g><title>%s: median %.0f, quartiles %.0f-%.0f, 10-90%% %.0f-%.0f</title>"
                                + "<line class=\"%s\" x1=\"%.2f\" x2=\"%.2f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                                + "<rect class=\"%s\" x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%.1f\"/>"
                                + "<line class=\"median\" x1=\"%.2f\" x2=\"%.2f\" y1=\"%.1f\" y2=\"%.1f\"/></g>\n",
                        PositionTsvFormat.label(table, row), median, lower, upper, low, high,
                        whiskerKind, middle, middle, qualityY(high, top), qualityY(low, top),
                        boxKind,
                        middle - half, qualityY(upper, top), 2 * half,
                        Math.max(0.5, qualityY(lower, top) - qualityY(upper, top)),
                        middle - half, middle + half, qualityY(median, top), qualityY(median, top)));
            }
            means.append(String.format(Locale.ROOT, "%.2f,%.1f ", middle,
                    qualityY(meanQuality(table, row), top)));
        }
        out.write("<polyline class=\"quality-mean\" points=\"" + means.toString().trim()
                + "\"/>\n</svg>\n");
    }

    /** The share of A, C, G and T (of the four) and of N (of all bases) per row, 0 to 100 %. */
    static void baseContent(Writer out, PositionTable table) throws IOException {
        ReportCharts.open(out, "base-content", CHART_HEIGHT);
        if (table.rows() == 0) {
            ReportCharts.note(out, "no read holds any base", CHART_HEIGHT);
            out.write("</svg>\n");
            return;
        }
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = percentY(percent);
            out.write(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>\n",
                    LEFT, LEFT + PLOT_WIDTH, y, y, LEFT - 6, y + 4, percent));
        }
        positionAxis(out, table);
        String[] names = {"A", "C", "G", "T", "N"};
        double slot = (double) PLOT_WIDTH / table.rows();
        for (int base = PositionCounts.A; base <= PositionCounts.N; base++) {
            StringBuilder points = new StringBuilder();
            for (int row = 0; row < table.rows(); row++) {
                double percent = base == PositionCounts.N ? nPercent(table, row)
                        : contentPercent(table, row, base);
                if (!Double.isNaN(percent)) {
                    points.append(String.format(Locale.ROOT, "%.2f,%.1f ",
                            LEFT + (row + 0.5) * slot, percentY(percent)));
                }
            }
            String kind = "base-" + names[base].toLowerCase(Locale.ROOT);
            out.write("<polyline class=\"" + kind + "\" points=\"" + points.toString().trim()
                    + "\"/>\n");
            double x = LEFT + PLOT_WIDTH - 5 * 48 - 12 + base * 48;
            out.write(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.0f\" x2=\"%.0f\""
                    + " y1=\"%d\" y2=\"%d\"/><text x=\"%.0f\" y=\"%d\">%%%s</text>\n", kind, x,
                    x + 14, TOP + 8, TOP + 8, x + 17, TOP + 12, names[base]));
        }
        out.write("</svg>\n");
    }

    /**
     * Reads by length on a linear axis, as FastQC draws its length distribution: bins of a round
     * width (1, 2 or 5 times a power of ten) so that there are at most {@value #LENGTH_BARS}
     * bars; empty reads are left out.
     */
    static void lengthHistogram(Writer out, LengthStats lengths) throws IOException {
        long[] values = lengths.distinctLengths();
        long[] counts = lengths.lengthCounts();
        int first = values.length > 0 && values[0] == 0 ? 1 : 0;
        ReportCharts.open(out, "read-lengths", CHART_HEIGHT);
        if (first == values.length) {
            ReportCharts.note(out, "no read holds any base", CHART_HEIGHT);
            out.write("</svg>\n");
            return;
        }
        long low = values[first];
        long high = values[values.length - 1];
        long width = roundWidth((high - low + LENGTH_BARS) / LENGTH_BARS);
        long start = low / width * width;
        int bars = (int) ((high - start) / width + 1);
        long[] reads = new long[bars];
        for (int j = first; j < values.length; j++) {
            reads[(int) ((values[j] - start) / width)] += counts[j];
        }
        long most = Arrays.stream(reads).max().orElse(1);
        long top = ReportCharts.countAxis(out, most, PLOT_HEIGHT, "reads");
        double slot = (double) PLOT_WIDTH / bars;
        int labelEvery = Math.max(1, (int) Math.ceil(bars / 10.0));
        for (int b = 0; b < bars; b++) {
            long from = start + b * width;
            long to = from + width - 1;
            String range = width == 1 ? String.format(Locale.ROOT, "%,d", from)
                    : String.format(Locale.ROOT, "%,d-%,d", from, to);
            if (b % labelEvery == 0) {
                out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\""
                        + " text-anchor=\"middle\">%s</text>", LEFT + (b + 0.5) * slot,
                        CHART_HEIGHT - 18, ReportCharts.lengthLabel(from)));
            }
            if (reads[b] > 0) {
                double height = PLOT_HEIGHT * (double) reads[b] / top;
                out.write(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\""
                        + " width=\"%.1f\" height=\"%.1f\"><title>%s bp: %,d reads</title></rect>\n",
                        LEFT + b * slot + 0.5, TOP + PLOT_HEIGHT - height, Math.max(0.5, slot - 1),
                        height, range, reads[b]));
            }
        }
        out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                + "read length (bp)%s</text>\n</svg>\n", LEFT + PLOT_WIDTH / 2, CHART_HEIGHT - 3,
                width == 1 ? "" : String.format(Locale.ROOT, ", bins of %,d", width)));
    }

    /** The smallest of 1, 2, 5, 10, 20, ... that is at least {@code wanted}. */
    private static long roundWidth(long wanted) {
        for (long power = 1; ; power *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                if (factor * power >= wanted) {
                    return factor * power;
                }
            }
        }
    }

    /** Reads by GC % (of their A, C, G and T, rounded), 0 to 100, as bars. */
    static void gcHistogram(Writer out, long[] readsByPercent) throws IOException {
        ReportCharts.open(out, "read-gc", CHART_HEIGHT);
        long most = 0;
        for (long count : readsByPercent) {
            most = Math.max(most, count);
        }
        if (most == 0) {
            ReportCharts.note(out, "no read holds any A, C, G or T", CHART_HEIGHT);
            out.write("</svg>\n");
            return;
        }
        long top = ReportCharts.countAxis(out, most, PLOT_HEIGHT, "reads");
        double slot = (double) PLOT_WIDTH / readsByPercent.length;
        for (int percent = 0; percent <= 100; percent += 10) {
            out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
                    + "%d</text>", LEFT + (percent + 0.5) * slot, CHART_HEIGHT - 18, percent));
        }
        out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                + "GC of the read (%%)</text>\n", LEFT + PLOT_WIDTH / 2, CHART_HEIGHT - 3));
        for (int percent = 0; percent < readsByPercent.length; percent++) {
            if (readsByPercent[percent] == 0) {
                continue;
            }
            double height = PLOT_HEIGHT * (double) readsByPercent[percent] / top;
            out.write(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\""
                    + " width=\"%.1f\" height=\"%.1f\"><title>%d %%: %,d reads</title></rect>\n",
                    LEFT + percent * slot + 0.5, TOP + PLOT_HEIGHT - height, slot - 1, height,
                    percent, readsByPercent[percent]));
        }
        out.write("</svg>\n");
    }

    /** A band of qualities {@code [from, to)} across the plot. */
    private static void band(Writer out, String kind, int from, int to, int top)
            throws IOException {
        double y = qualityY(to, top);
        out.write(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%d\" y=\"%.1f\" width=\"%d\""
                + " height=\"%.1f\"/>\n", kind, LEFT, y, PLOT_WIDTH, qualityY(from, top) - y));
    }

    /** Position labels under the x axis: about ten, at the first position of their row. */
    private static void positionAxis(Writer out, PositionTable table) throws IOException {
        out.write(String.format(Locale.ROOT,
                "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>\n", LEFT,
                LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT, TOP + PLOT_HEIGHT));
        int step = Math.max(1, (int) Math.ceil(table.rows() / 10.0));
        double slot = (double) PLOT_WIDTH / table.rows();
        for (int row = 0; row < table.rows(); row += step) {
            out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
                    + "%s</text>", LEFT + (row + 0.5) * slot, CHART_HEIGHT - 18,
                    ReportCharts.lengthLabel(table.firstPosition(row) + 1)));
        }
        out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                + "position in read (bp)%s</text>\n", LEFT + PLOT_WIDTH / 2, CHART_HEIGHT - 3,
                table.binWidth() > 1 ? String.format(Locale.ROOT, "; past %,d in bins of %,d",
                        PositionCounts.EXACT, table.binWidth()) : ""));
    }

    private static void yTitle(Writer out, String title) throws IOException {
        out.write(String.format(Locale.ROOT, "<text transform=\"translate(12,%.1f) rotate(-90)\""
                + " text-anchor=\"middle\">%s</text>\n", TOP + PLOT_HEIGHT / 2.0, title));
    }

    private static double qualityY(double quality, int top) {
        return TOP + PLOT_HEIGHT * (1 - quality / top);
    }

    private static double percentY(double percent) {
        return TOP + PLOT_HEIGHT * (1 - percent / 100);
    }
}
