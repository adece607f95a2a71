package io.mapchunk.cli.output;

import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.analysis.gc.WindowCounts;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The report's pictures as inline SVG, each a fixed size whatever the number of sequences: the
 * length distribution (log-scale histogram), the Nx curve, GC against length (one dot per
 * sequence, or a shaded grid of counts when there are many) and GC along one sequence.
 */
final class ReportCharts {

    static final int WIDTH = 900;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 34;
    static final int CHART_HEIGHT = 260;
    private static final int GC_HEIGHT = 170;
    /** Up to this many sequences GC against length draws a dot each; above, a grid of counts. */
    static final int MAX_DOTS = 2000;
    private static final int GRID_COLUMNS = 90;
    private static final int GRID_ROWS = 50;
    private static final int BINS_PER_DECADE = 5;

    private ReportCharts() {}

    /** Histogram of sequence lengths on log-scaled bins (five per decade); empty ones left out. */
    static void lengthHistogram(Writer out, LengthStats lengths) throws IOException {
        long[] values = lengths.distinctLengths();
        long[] lengthCounts = lengths.lengthCounts();
        int empty = values.length > 0 && values[0] == 0 ? 1 : 0;
        open(out, "length-histogram", CHART_HEIGHT);
        if (empty == values.length) {
            note(out, "no sequence holds any base", CHART_HEIGHT);
            out.write("</svg>\n");
            return;
        }
        double low = Math.floor(Math.log10(values[empty]) * BINS_PER_DECADE) / BINS_PER_DECADE;
        double high = Math.max(low + 1.0 / BINS_PER_DECADE,
                Math.ceil(Math.log10(values[values.length - 1] + 0.5) * BINS_PER_DECADE)
                        / BINS_PER_DECADE);
        int bins = (int) Math.round((high - low) * BINS_PER_DECADE);
        long[] counts = new long[bins];
        for (int j = empty; j < values.length; j++) {
            int bin = (int) ((Math.log10(values[j]) - low) * BINS_PER_DECADE);
            counts[Math.min(bins - 1, Math.max(0, bin))] += lengthCounts[j];
        }
        long most = 1;
        for (long count : counts) {
            most = Math.max(most, count);
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = CHART_HEIGHT - TOP - BOTTOM;
        long top = countAxis(out, most, plotHeight, "sequences");
        logAxisX(out, low, high, plotHeight, "length (bp, log scale)");
        double barWidth = (double) plotWidth / bins;
        for (int b = 0; b < bins; b++) {
            if (counts[b] == 0) {
                continue;
            }
            double height = plotHeight * (double) counts[b] / top;
            out.write(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
                            + "<title>%s to %s bp: %,d</title></rect>\n",
                    LEFT + b * barWidth + 0.5, TOP + plotHeight - height, barWidth - 1, height,
                    lengthLabel(Math.pow(10, low + (double) b / BINS_PER_DECADE)),
                    lengthLabel(Math.pow(10, low + (double) (b + 1) / BINS_PER_DECADE)),
                    counts[b]));
        }
        out.write("</svg>\n");
    }

    /** Nx against x from 0 to 100 %, length on a log scale, with N50 and N90 marked. */
    static void nxCurve(Writer out, LengthStats lengths) throws IOException {
        open(out, "nx-curve", CHART_HEIGHT);
        if (lengths.sum() == 0) {
            note(out, "no sequence holds any base", CHART_HEIGHT);
            out.write("</svg>\n");
            return;
        }
        long shortest = Math.max(1, lengths.n(100));
        double low = Math.floor(Math.log10(shortest));
        double high = Math.max(low + 1, Math.ceil(Math.log10(lengths.max() + 0.5)));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = CHART_HEIGHT - TOP - BOTTOM;
        for (double decade = low; decade <= high; decade++) {
            double y = TOP + plotHeight * (1 - (decade - low) / (high - low));
            out.write(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                    LEFT, LEFT + plotWidth, y, y, LEFT - 6, y + 4,
                    lengthLabel(Math.pow(10, decade))));
        }
        for (int percent = 0; percent <= 100; percent += 10) {
            double x = LEFT + plotWidth * percent / 100.0;
            out.write(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>", x,
                    CHART_HEIGHT - 18, percent));
        }
        out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                + "x (%% of all bases in sequences at least Nx long)</text>\n",
                LEFT + plotWidth / 2, CHART_HEIGHT - 3));
        long[] curve = nxCurve(lengths);
        StringBuilder points = new StringBuilder();
        double previousY = Double.NaN;
        for (int tenths = 0; tenths < curve.length; tenths++) {
            double x = LEFT + plotWidth * tenths / 1000.0;
            double y = TOP + plotHeight
                    * (1 - (Math.log10(Math.max(1, curve[tenths])) - low) / (high - low));
            if (y != previousY || tenths == curve.length - 1) {
                if (!Double.isNaN(previousY)) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, previousY));
                }
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                previousY = y;
            }
        }
        out.write("<polyline class=\"nx\" points=\"" + points.toString().trim() + "\"/>\n");
        for (int percent : new int[] {50, 90}) {
            long nx = lengths.n(percent);
            double x = LEFT + plotWidth * percent / 100.0;
            double y = TOP + plotHeight * (1 - (Math.log10(Math.max(1, nx)) - low) / (high - low));
            out.write(String.format(Locale.ROOT,
                    "<line class=\"mark\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%.1f\"/>"
                            + "<circle class=\"mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\">N%d = %,d</text>\n",
                    x, x, TOP + plotHeight, y, x, y, x + 6, y - 6, percent, nx));
        }
        out.write("</svg>\n");
    }

    /**
     * GC (of called bases) against length (log scale): a dot per sequence up to {@link #MAX_DOTS}
     * sequences, else a {@value #GRID_COLUMNS} x {@value #GRID_ROWS} grid whose cells are shaded
     * by how many sequences fall in them (log scale). Sequences without A, C, G or T are left out.
     */
    static void gcAgainstLength(Writer out, List<SequenceCount> records, LengthStats lengths)
            throws IOException {
        open(out, "gc-length", CHART_HEIGHT);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = CHART_HEIGHT - TOP - BOTTOM;
        if (lengths.sum() == 0) {
            note(out, "no sequence holds any base", CHART_HEIGHT);
            out.write("</svg>\n");
            return;
        }
        double low = Math.floor(Math.log10(Math.max(1, lengths.n(100))));
        double high = Math.max(low + 1, Math.ceil(Math.log10(lengths.max() + 0.5)));
        percentAxis(out, plotHeight);
        logAxisX(out, low, high, plotHeight, "length (bp, log scale)");
        boolean dots = records.size() <= MAX_DOTS;
        int[] grid = dots ? null : new int[GRID_COLUMNS * GRID_ROWS];
        for (SequenceCount record : records) {
            double gc = record.counts().gcFraction();
            if (Double.isNaN(gc)) {
                continue;
            }
            double across = (Math.log10(Math.max(1, record.counts().length)) - low) / (high - low);
            if (dots) {
                out.write(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\"/>",
                        LEFT + plotWidth * across, TOP + plotHeight * (1 - gc)));
            } else {
                int column = Math.min(GRID_COLUMNS - 1, (int) (across * GRID_COLUMNS));
                int row = Math.min(GRID_ROWS - 1, (int) (gc * GRID_ROWS));
                grid[row * GRID_COLUMNS + column]++;
            }
        }
        if (!dots) {
            int most = 1;
            for (int count : grid) {
                most = Math.max(most, count);
            }
            double cellWidth = (double) plotWidth / GRID_COLUMNS;
            double cellHeight = (double) plotHeight / GRID_ROWS;
            for (int row = 0; row < GRID_ROWS; row++) {
                for (int column = 0; column < GRID_COLUMNS; column++) {
                    int count = grid[row * GRID_COLUMNS + column];
                    if (count > 0) {
                        out.write(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\""
                                        + " width=\"%.1f\" height=\"%.1f\" fill-opacity=\"%.2f\"/>",
                                LEFT + column * cellWidth, TOP + plotHeight - (row + 1) * cellHeight,
                                cellWidth, cellHeight,
                                0.15 + 0.85 * Math.log1p(count) / Math.log1p(most)));
                    }
                }
            }
            out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">"
                    + "darker: more sequences (up to %,d in a cell)</text>",
                    LEFT + plotWidth, TOP + 12, most));
        }
        out.write("\n</svg>\n");
    }

    /** An SVG line of GC per window against position, broken where a window has no A/C/G/T. */
    static void gcAlong(Writer out, List<WindowCounts> windows, long length, double mean)
            throws IOException {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = GC_HEIGHT - TOP - BOTTOM + 6;
        open(out, "gc-plot", GC_HEIGHT);
        percentAxis(out, plotHeight);
        out.write(String.format(Locale.ROOT,
                "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                        + "<text x=\"%d\" y=\"%d\">0</text>"
                        + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s bp</text>\n",
                LEFT, LEFT + plotWidth, TOP + plotHeight, TOP + plotHeight, LEFT,
                GC_HEIGHT - 8, LEFT + plotWidth, GC_HEIGHT - 8,
                String.format(Locale.ROOT, "%,d", length)));
        StringBuilder points = new StringBuilder();
        for (WindowCounts window : windows) {
            if (window.acgt() == 0) {
                polyline(out, points);
                continue;
            }
            double middle = (window.start() + window.end()) / 2.0;
            double x = LEFT + plotWidth * middle / Math.max(1, length);
            double y = TOP + plotHeight * (1 - window.gcFraction());
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        polyline(out, points);
        if (!Double.isNaN(mean)) {
            double y = TOP + plotHeight * (1 - mean);
            out.write(String.format(Locale.ROOT,
                    "<line class=\"mean\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>\n",
                    LEFT, LEFT + plotWidth, y, y));
        }
        out.write("</svg>\n");
    }

    /** Nx at 0.0, 0.1, ..., 100.0 %, in one sweep from the longest length down. */
    private static long[] nxCurve(LengthStats lengths) {
        long[] values = lengths.distinctLengths();
        long[] counts = lengths.lengthCounts();
        long[] curve = new long[1001];
        int j = values.length - 1;
        long covered = values[j] * counts[j];
        for (int tenths = 0; tenths < curve.length; tenths++) {
            while (j > 0 && 1000 * (double) covered < (double) tenths * lengths.sum()) {
                j--;
                covered += values[j] * counts[j];
            }
            curve[tenths] = values[j];
        }
        return curve;
    }

    static void open(Writer out, String kind, int height) throws IOException {
        out.write("<svg class=\"" + kind + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" role=\"img\">\n");
    }

    static void note(Writer out, String text, int height) throws IOException {
        out.write("<text x=\"" + WIDTH / 2 + "\" y=\"" + height / 2
                + "\" text-anchor=\"middle\">" + text + "</text>\n");
    }

    private static void percentAxis(Writer out, int plotHeight) throws IOException {
        int plotWidth = WIDTH - LEFT - RIGHT;
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = TOP + plotHeight * (1 - percent / 100.0);
            out.write(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%% GC</text>\n",
                    LEFT, LEFT + plotWidth, y, y, LEFT - 6, y + 4, percent));
        }
    }

    /**
     * Grid lines and labels up a count axis at round steps (1, 2, 2.5 or 5 times a power of ten),
     * and its title written upwards in the left margin, clear of the bars; returns the count at the
     * top of the axis, by which the bars are scaled.
     */
    static long countAxis(Writer out, long most, int plotHeight, String label)
            throws IOException {
        int plotWidth = WIDTH - LEFT - RIGHT;
        long step = countStep(most);
        long top = step * ((most + step - 1) / step);
        for (long tick = 0; tick <= top; tick += step) {
            double y = TOP + plotHeight * (1 - (double) tick / top);
            out.write(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,d</text>\n",
                    LEFT, LEFT + plotWidth, y, y, LEFT - 6, y + 4, tick));
        }
        out.write(String.format(Locale.ROOT, "<text transform=\"translate(12,%.1f) rotate(-90)\""
                + " text-anchor=\"middle\">%s</text>\n", TOP + plotHeight / 2.0, label));
        return top;
    }

    /** A round step that divides a count axis up to {@code most} into at most four or five. */
    static long countStep(long most) {
        double rough = Math.max(1, most / 4.0);
        long power = 1;
        while (power * 10 <= rough) {
            power *= 10;
        }
        for (long times10 : new long[] {10, 20, 25, 50, 100}) {
            long step = power * times10 / 10;
            if (step * 10 == power * times10 && step >= rough) {
                return step;
            }
        }
        return power * 10;
    }

    /** Decade ticks and a label under a log-scaled x axis from 10^low to 10^high. */
    private static void logAxisX(Writer out, double low, double high, int plotHeight,
            String label) throws IOException {
        int plotWidth = WIDTH - LEFT - RIGHT;
        out.write(String.format(Locale.ROOT,
                "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>\n", LEFT,
                LEFT + plotWidth, TOP + plotHeight, TOP + plotHeight));
        for (double decade = Math.ceil(low); decade <= high + 1e-9; decade++) {
            double x = LEFT + plotWidth * (decade - low) / (high - low);
            out.write(String.format(Locale.ROOT,
                    "<line class=\"axis\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                    x, x, TOP + plotHeight, TOP + plotHeight + 4, x, CHART_HEIGHT - 18,
                    lengthLabel(Math.pow(10, decade))));
        }
        out.write(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                LEFT + plotWidth / 2, CHART_HEIGHT - 3, label));
    }

    private static void polyline(Writer out, StringBuilder points) throws IOException {
        if (points.length() > 0) {
            out.write("<polyline class=\"gc\" points=\"" + points.toString().trim() + "\"/>\n");
            points.setLength(0);
        }
    }

    /** 1, 10, 100, 1k, 10k, 100k, 1M, ...: a length for an axis. */
    static String lengthLabel(double length) {
        String[] units = {"", "k", "M", "G", "T"};
        int unit = 0;
        double value = length;
        while (value >= 999.5 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return (value >= 9.95 || Math.abs(value - Math.round(value)) < 0.05
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value)) + units[unit];
    }
}
