package io.mapchunk.bench;

import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.reads.PositionAnalysis;
import io.mapchunk.analysis.reads.ReadSummaryAnalysis;
import io.mapchunk.format.FastqRecord;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What reading a FASTQ costs per core, step by step, in thread CPU time (load-tolerant, like
 * {@link KernelCpuTime}): the split scanner alone (which parses and checks every record to find
 * record ends), the scanner plus the walk over every record that each read analysis takes, and the
 * scanner with the analyses of {@code stats} and of {@code count --per-position}. Usage:
 * {@code FastqCpuTime FILE.fq [PASSES]}; one subtask, 256 MiB splits, positioned reads.
 */
public final class FastqCpuTime {

    private static final String[] NAMES = {"scanner alone", "scanner, then every record walked",
        "scanner + read summary (stats)", "scanner + per-position analysis"};

    private FastqCpuTime() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long size = Files.size(file);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int variant = 0; variant < NAMES.length; variant++) {
            double[] seconds = new double[passes];
            for (int pass = 0; pass < passes; pass++) {
                long started = threads.getCurrentThreadCpuTime();
                run(variant, file);
                seconds[pass] = (threads.getCurrentThreadCpuTime() - started) / 1e9;
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-35s cpu s/pass median %.3f best %.3f -> %.2f GB/s"
                    + " per core%n", NAMES[variant], sorted[passes / 2], sorted[0],
                    size / sorted[passes / 2] / 1e9);
        }
    }

    private static void run(int variant, Path file) throws IOException {
        switch (variant) {
            case 0 -> scan(file, false);
            case 1 -> scan(file, true);
            case 2 -> pass(new ReadSummaryAnalysis(), file);
            default -> pass(new PositionAnalysis(), file);
        }
    }

    private static void scan(Path file, boolean walk) throws IOException {
        FastqRecord record = new FastqRecord();
        SplitHarness.scan(file, ReadMethod.READ, 256L << 20, 64L << 20, 4 << 20, 1, 1,
                (subtask, chunk) -> {
                    ByteBuffer bytes = chunk.bytes();
                    for (int at = 0; walk && at < bytes.limit(); at = record.end()) {
                        record.walk(bytes, at, bytes.limit());
                    }
                });
    }

    private static void pass(ChunkAnalysis<?, ?> analysis, Path file) throws IOException {
        SplitHarness.run(Pass.of(analysis), file, ReadMethod.READ, 256L << 20, 64L << 20,
                4 << 20, 1, 1).get(analysis);
    }
}
