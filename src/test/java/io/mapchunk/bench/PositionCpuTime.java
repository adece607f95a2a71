package io.mapchunk.bench;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.reads.PositionAnalysis;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code count --per-position} costs per core, in thread CPU time (load-tolerant, like
 * {@link FastqScanCpuTime}): the split scanner alone, and the scanner with the per-position
 * analysis folding every record. Usage: {@code PositionCpuTime FILE.fq [PASSES]}; one subtask,
 * 256 MiB splits, positioned reads.
 */
public final class PositionCpuTime {

    private PositionCpuTime() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long size = Files.size(file);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] names = {"scanner alone", "scanner + per-position analysis"};
        for (int variant = 0; variant < names.length; variant++) {
            double[] seconds = new double[passes];
            for (int pass = 0; pass < passes; pass++) {
                long started = threads.getCurrentThreadCpuTime();
                if (variant == 0) {
                    SplitHarness.scan(file, ReadMethod.READ, 256L << 20, 64L << 20, 4 << 20, 1, 1,
                            (subtask, chunk) -> { });
                } else {
                    PositionAnalysis positions = new PositionAnalysis();
                    SplitHarness.run(Pass.of(positions), file, ReadMethod.READ, 256L << 20,
                            64L << 20, 4 << 20, 1, 1).get(positions);
                }
                seconds[pass] = (threads.getCurrentThreadCpuTime() - started) / 1e9;
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-35s cpu s/pass median %.3f best %.3f -> %.2f GB/s"
                    + " per core%n", names[variant], sorted[passes / 2], sorted[0],
                    size / sorted[passes / 2] / 1e9);
        }
    }
}
