package io.mapchunk.bench;

import io.mapchunk.io.InputChannels;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Inflate speed of a compressed input as the readers see it: passes of 4 MiB positioned reads
 * through {@link InputChannels#open} (BGZF blocks inflated by the {@code BlockInflaters} choice,
 * {@code -Dmapchunk.inflater=java|native} to force one, CRC32 checked), timed in thread CPU time
 * so a busy machine still gives GB/s per core of uncompressed output. Usage:
 * {@code InflateCpuTime FILE [PASSES]}.
 */
public final class InflateCpuTime {

    private static final int READ = 4 << 20;

    private InflateCpuTime() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ByteBuffer buffer = ByteBuffer.allocateDirect(READ);
        double[] rates = new double[passes];
        long size = 0;
        for (int pass = 0; pass < passes; pass++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            try (FileChannel channel = InputChannels.open(file)) {
                size = channel.size();
                for (long at = 0; at < size; at += READ) {
                    buffer.clear().limit((int) Math.min(READ, size - at));
                    while (buffer.hasRemaining()) {
                        channel.read(buffer, at + buffer.position());
                    }
                }
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            rates[pass] = size / cpuSeconds / 1e9;
            System.out.printf(Locale.ROOT, "pass %d: %.2f GB/s per core (cpu %.2f s, wall %.2f s)%n",
                    pass + 1, rates[pass], cpuSeconds, (System.nanoTime() - wall) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%s: %d bytes uncompressed, median %.2f GB/s, best %.2f GB/s"
                + " per core%n", file, size, rates[passes / 2], rates[passes - 1]);
    }
}
