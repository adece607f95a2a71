package io.mapchunk.cli;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * The text of a progress line, {@code count human.fa: 1.2/3.0 GB  40%  1.5 GB/s  ETA 1s}. The rate
 * is measured over the last few seconds of samples (not since the start, which includes the
 * cluster's start-up), and rate and ETA are left out until reading has gone on for
 * {@link #MIN_RATE_NANOS}: the first seconds of a job are its warm-up (the kernels not yet
 * compiled), and a rate taken from them promised ETAs of 10-16 minutes for an 18-second run.
 */
final class ProgressLine {

    static final long RATE_WINDOW_NANOS = 5_000_000_000L;
    static final long MIN_RATE_NANOS = 2_000_000_000L;

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private record Sample(long nanos, long bytes) {}

    private final String label;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    ProgressLine(String label) {
        this.label = label;
    }

    /** Records that {@code done} of {@code total} bytes were scanned at time {@code nanos}. */
    String render(long done, long total, long nanos) {
        if (done == 0) {
            samples.clear(); // the rate is measured from the first bytes read, not from the start
        }
        samples.addLast(new Sample(nanos, done));
        while (samples.size() > 2 && nanos - samples.peekFirst().nanos() > RATE_WINDOW_NANOS) {
            samples.removeFirst();
        }
        int exponent = exponent(total);
        StringBuilder line = new StringBuilder(label).append(": ")
                .append(scaled(done, exponent)).append('/').append(scaled(total, exponent))
                .append(' ').append(UNITS[exponent])
                .append(String.format(Locale.ROOT, "  %3d%%", percent(done, total)));
        double rate = rate();
        if (rate > 0) {
            line.append("  ").append(bytes(rate)).append("/s")
                    .append("  ETA ").append(duration(Math.max(0, total - done) / rate));
        }
        return line.toString();
    }

    /** Bytes per second between the oldest and newest sample in the window, or 0. */
    private double rate() {
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        long nanos = last.nanos() - first.nanos();
        long bytes = last.bytes() - first.bytes();
        return nanos >= MIN_RATE_NANOS && bytes > 0 ? bytes * 1e9 / nanos : 0;
    }

    static int percent(long done, long total) {
        return total <= 0 ? 100 : (int) Math.min(100, done * 100.0 / total);
    }

    /** A byte count with one decimal in the largest unit it reaches, {@code 1.5 GB}. */
    static String bytes(double value) {
        int exponent = exponent((long) value);
        return scaled(value, exponent) + " " + UNITS[exponent];
    }

    /** Seconds as {@code 42s}, {@code 3m05s} or {@code 2h07m}. */
    static String duration(double seconds) {
        long s = (long) Math.ceil(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
    }

    private static int exponent(long value) {
        int exponent = 0;
        for (double v = value; v >= 1000 && exponent < UNITS.length - 1; v /= 1000) {
            exponent++;
        }
        return exponent;
    }

    private static String scaled(double value, int exponent) {
        return exponent == 0
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.1f", value / Math.pow(1000, exponent));
    }
}
