package io.mapchunk.bench;

import io.mapchunk.analysis.count.CountKernel;
import io.mapchunk.analysis.count.ScalarCountKernel;
import io.mapchunk.analysis.count.CountKernels;
import io.mapchunk.analysis.index.LineScanner;
import io.mapchunk.io.FileMapping;
import io.mapchunk.io.VectorApi;
import io.mapchunk.testing.Kernels;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * A load-tolerant companion to {@link CountKernelBenchmark}: on a shared, busy machine wall time
 * says little, so this times passes of the kernel over a file in thread CPU time and prints the
 * median and best of several passes. Usage: {@code KernelCpuTime FILE [PASSES [VARIANTS]]}; the vector
 * kernel is timed too when the JVM runs with {@code --add-modules jdk.incubator.vector}.
 */
public final class KernelCpuTime {

    private static final int CHUNK = 4 << 20;
    private static final int RESIDENT = 256 << 20;
    private static ByteBuffer resident;

    private KernelCpuTime() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            String[] names = {"production kernel, mapped 64 MiB windows, 4 MiB chunks",
                "histogram only, getLong, 4 tables, mapped", "full hot path, 64 KiB copies, VarHandle",
                "touch pages only, mapped", "vector kernel, mapped 64 MiB windows, 4 MiB chunks",
                "scalar kernel, resident direct buffer, 4 MiB chunks",
                "vector kernel, resident direct buffer, 4 MiB chunks",
                "plain line scanner, resident direct buffer, 4 MiB chunks",
                "vector line scanner, resident direct buffer, 4 MiB chunks",
                "vector kernel with dinucleotides, resident direct buffer, 4 MiB chunks"};
            int[] variants = args.length > 2
                    ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                    : java.util.stream.IntStream.range(0, names.length).toArray();
            for (int variant : variants) {
                if ((variant == 4 || variant == 6 || variant == 8 || variant == 9)
                        && !VectorApi.available()) {
                    continue;
                }
                if (variant >= 5 && resident == null) {
                    resident = ByteBuffer.allocateDirect((int) Math.min(size, RESIDENT));
                    channel.read(resident, 0);
                    resident.flip();
                }
                long bytes = variant >= 5 ? resident.limit() : size;
                double[] seconds = new double[passes];
                long check = 0;
                for (int pass = 0; pass < passes; pass++) {
                    long started = threads.getCurrentThreadCpuTime();
                    check += variant == 9 ? runResidentWithPairs()
                            : variant >= 7 ? scanResident(variant == 8)
                            : variant >= 5 ? runResident(variant == 6) : run(variant, channel, size);
                    seconds[pass] = (threads.getCurrentThreadCpuTime() - started) / 1e9;
                }
                double[] sorted = seconds.clone();
                Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "%-55s cpu s/pass median %.3f best %.3f -> %.2f GB/s per core (best %.2f) [%d]%n",
                        names[variant], sorted[passes / 2], sorted[0], bytes / sorted[passes / 2] / 1e9,
                        bytes / sorted[0] / 1e9, check % 10);
            }
        }
    }

    /** The kernel alone: the first 256 MiB of the file, read once into a direct buffer. */
    private static long runResident(boolean vector) throws Exception {
        CountKernel kernel = vector ? Kernels.with(true, CountKernels::create)
                : new ScalarCountKernel();
        kernel.reset();
        for (int from = 0; from < resident.limit(); from += CHUNK) {
            int to = Math.min(resident.limit(), from + CHUNK);
            kernel.add(resident.slice(from, to - from).order(ByteOrder.LITTLE_ENDIAN));
        }
        return kernel.counts().cpg;
    }

    /** The vector kernel counting dinucleotides in the same sweep, over the resident buffer. */
    private static long runResidentWithPairs() throws Exception {
        CountKernel kernel = Kernels.with(true, CountKernels::withPairs);
        kernel.reset();
        for (int from = 0; from < resident.limit(); from += CHUNK) {
            int to = Math.min(resident.limit(), from + CHUNK);
            kernel.add(resident.slice(from, to - from).order(ByteOrder.LITTLE_ENDIAN));
        }
        return kernel.counts().cpg;
    }

    /** The line scanner alone, over the resident buffer. */
    private static long scanResident(boolean vector) throws Exception {
        LineScanner scanner = Kernels.with(vector, LineScanner::create);
        scanner.reset(0);
        for (int from = 0; from < resident.limit(); from += CHUNK) {
            int to = Math.min(resident.limit(), from + CHUNK);
            scanner.add(resident.slice(from, to - from).order(ByteOrder.LITTLE_ENDIAN), from);
        }
        return scanner.finish().bases;
    }

    private static long run(int variant, FileChannel channel, long size) throws Exception {
        CountKernel kernel = variant == 4 ? Kernels.with(true, CountKernels::create)
                : new ScalarCountKernel();
        ArrayCountKernel arrayKernel = new ArrayCountKernel();
        byte[] array = new byte[64 << 10];
        int[] lane = new int[1024];
        long sum = 0;
        long window = 64L << 20;
        kernel.reset();
        for (long offset = 0; offset < size; offset += window) {
            int length = (int) Math.min(window, size - offset);
            try (FileMapping region = FileMapping.map(channel, offset, length)) {
                ByteBuffer view = region.view(offset, length);
                switch (variant) {
                    case 0, 4 -> {
                        for (int from = 0; from < length; from += CHUNK) {
                            int to = Math.min(length, from + CHUNK);
                            kernel.add(view.slice(from, to - from).order(ByteOrder.LITTLE_ENDIAN));
                        }
                    }
                    case 1 -> {
                        HistogramOnly.words(view, length, lane);
                        sum += lane['C'];
                    }
                    case 2 -> {
                        for (int from = 0; from < length; from += array.length) {
                            int n = Math.min(array.length, length - from);
                            view.get(from, array, 0, n);
                            arrayKernel.add(array, 0, n);
                        }
                    }
                    default -> {
                        for (int i = 0; i < length; i += 4096) {
                            sum += view.get(i);
                        }
                    }
                }
            }
        }
        return sum + kernel.counts().cpg + arrayKernel.pairs;
    }
}
