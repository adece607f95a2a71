package io.mapchunk.bench;

import io.mapchunk.analysis.count.CountKernel;
import io.mapchunk.analysis.count.ScalarCountKernel;
import io.mapchunk.analysis.count.CountKernels;
import io.mapchunk.generate.GenomeLayout;
import io.mapchunk.generate.SyntheticGenome;
import io.mapchunk.io.FileMapping;
import io.mapchunk.testing.Kernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * The counting loop over a whole file, one thread: the production kernel over mapped windows cut in
 * chunks (as the source feeds it), against simpler loops and other ways of reading. Each operation
 * is one pass over the file; bytes/s = file size / score. The file is {@code -Dmapchunk.bench.file}
 * or a 256 MiB synthetic genome written at setup. {@code vectorKernelMapped} is the vector kernel
 * (the JVM needs {@code --add-modules jdk.incubator.vector}; bench/jmh.sh passes it on).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-modules=jdk.incubator.vector"})
public class CountKernelBenchmark {

    private static final int CHUNK = 4 << 20;
    private static final int ARRAY = 64 << 10;

    /** Bytes mapped at a time (the source's --mapping-size). */
    @Param({"64"})
    int windowMiB;

    private Path file;
    private boolean generated;
    private FileChannel channel;
    private long size;
    private final ScalarCountKernel kernel = new ScalarCountKernel();
    private CountKernel vectorKernel;
    private CountKernel vectorPairsKernel;
    private final byte[] array = new byte[ARRAY];
    private final ByteBuffer direct = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);

    @Setup(Level.Trial)
    public void open() throws Exception {
        String given = System.getProperty("mapchunk.bench.file");
        if (given != null) {
            file = Path.of(given);
        } else {
            file = Files.createTempFile("mapchunk-bench", ".fa");
            generated = true;
            try (OutputStream out = Files.newOutputStream(file)) {
                new SyntheticGenome(GenomeLayout.human(256L << 20, 60), SyntheticGenome.Format.FASTA,
                        60, 1).writeTo(out);
            }
        }
        channel = FileChannel.open(file, StandardOpenOption.READ);
        size = channel.size();
        vectorKernel = Kernels.with(true, CountKernels::create);
        vectorPairsKernel = Kernels.with(true, CountKernels::withPairs);
        System.out.printf("%nfile %s: %d bytes%n", file, size);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        channel.close();
        if (generated) {
            Files.deleteIfExists(file);
        }
    }

    private interface WindowScan {
        long scan(FileMapping region, ByteBuffer window);
    }

    private long overWindows(WindowScan scan) {
        long window = (long) windowMiB << 20;
        long sum = 0;
        try {
            for (long offset = 0; offset < size; offset += window) {
                int length = (int) Math.min(window, size - offset);
                try (FileMapping region = FileMapping.map(channel, offset, length)) {
                    sum += scan.scan(region, region.view(offset, length));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sum;
    }

    /** Production: ScalarCountKernel.add on 4 MiB chunk views of each mapped window. */
    @Benchmark
    public long productionKernelMapped() {
        kernel.reset();
        overWindows((region, window) -> {
            for (int from = 0; from < window.limit(); from += CHUNK) {
                int to = Math.min(window.limit(), from + CHUNK);
                kernel.add(window.slice(from, to - from).order(ByteOrder.LITTLE_ENDIAN));
            }
            return 0;
        });
        return kernel.counts().cpg;
    }

    /** The vector kernel on 4 MiB chunk views of each mapped window, as productionKernelMapped. */
    @Benchmark
    public long vectorKernelMapped() {
        vectorKernel.reset();
        overWindows((region, window) -> {
            for (int from = 0; from < window.limit(); from += CHUNK) {
                int to = Math.min(window.limit(), from + CHUNK);
                vectorKernel.add(window.slice(from, to - from).order(ByteOrder.LITTLE_ENDIAN));
            }
            return 0;
        });
        return vectorKernel.counts().cpg;
    }

    /** The vector kernel counting dinucleotides in the same sweep (count --format json, report). */
    @Benchmark
    public long vectorKernelWithPairsMapped() {
        vectorPairsKernel.reset();
        overWindows((region, window) -> {
            for (int from = 0; from < window.limit(); from += CHUNK) {
                int to = Math.min(window.limit(), from + CHUNK);
                vectorPairsKernel.add(window.slice(from, to - from).order(ByteOrder.LITTLE_ENDIAN));
            }
            return 0;
        });
        return vectorPairsKernel.counts().cpg;
    }

    /** Production kernel fed by FileChannel.read into one reused 4 MiB direct buffer. */
    @Benchmark
    public long productionKernelChannelRead() throws IOException {
        kernel.reset();
        long position = 0;
        while (position < size) {
            direct.clear();
            int read = channel.read(direct, position);
            position += read;
            direct.flip();
            kernel.add(direct);
        }
        return kernel.counts().cpg;
    }

    /** Histogram only: get(i) per byte into one table (the simplest loop). */
    @Benchmark
    public long histogramByteLoopOneTable() {
        long[] table = new long[256];
        overWindows((region, window) -> {
            for (int i = 0, n = window.limit(); i < n; i++) {
                table[window.get(i) & 0xff]++;
            }
            return 0;
        });
        return table['C'] + table['G'];
    }

    /** Histogram only: getLong words into four interleaved tables (the kernel without CpG). */
    @Benchmark
    public long histogramLongWordsFourTables() {
        int[] lane = new int[1024];
        long[] total = new long[256];
        overWindows((region, window) -> {
            int n = window.limit();
            int i = HistogramOnly.words(window, n, lane);
            for (; i < n; i++) {
                lane[window.get(i) & 0xff]++;
            }
            for (int v = 0; v < 256; v++) {
                total[v] += (long) lane[v] + lane[256 + v] + lane[512 + v] + lane[768 + v];
            }
            java.util.Arrays.fill(lane, 0);
            return 0;
        });
        return total['C'] + total['G'];
    }

    /** Full hot path (histogram + CpG) on 64 KiB bulk copies into a reused byte[], VarHandle words. */
    @Benchmark
    public long fullKernelBulkCopyVarHandle() {
        ArrayCountKernel arrayKernel = new ArrayCountKernel();
        overWindows((region, window) -> {
            int n = window.limit();
            for (int from = 0; from < n; from += ARRAY) {
                int length = Math.min(ARRAY, n - from);
                window.get(from, array, 0, length);
                arrayKernel.add(array, 0, length);
            }
            return 0;
        });
        return arrayKernel.pairs;
    }

    /** Mapping and page-touching cost alone: one byte read per 4 KiB page. */
    @Benchmark
    public long touchPagesOnly() {
        return overWindows((region, window) -> {
            long sum = 0;
            for (int i = 0, n = window.limit(); i < n; i += 4096) {
                sum += window.get(i);
            }
            return sum;
        });
    }
}
