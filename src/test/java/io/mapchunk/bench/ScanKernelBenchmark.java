package io.mapchunk.bench;

import io.mapchunk.analysis.index.LineScanner;
import io.mapchunk.io.FileMapping;
import io.mapchunk.source.reader.HeaderSearchProbe;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * The two byte scans besides counting, one pass over a mapped file each, one thread: the index's
 * {@link LineScanner} on 4 MiB chunk views and the reader's header search from the second byte (a
 * scan of the whole body of a one-record file). The kernel is the vector
 * one unless {@code -Dmapchunk.kernel=scalar}. The file is {@code -Dmapchunk.bench.file}, by default
 * the shared human chr20; bytes/s = file size / score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-modules=jdk.incubator.vector"})
public class ScanKernelBenchmark {

    private static final int CHUNK = 4 << 20;

    private FileChannel channel;
    private FileMapping mapping;
    private ByteBuffer bytes;
    private LineScanner scanner;

    @Setup
    public void open() throws IOException {
        Path file = Path.of(System.getProperty("mapchunk.bench.file",
                System.getProperty("user.dir") + "/../shared/data/human_chr20.fa"));
        channel = FileChannel.open(file, StandardOpenOption.READ);
        mapping = FileMapping.map(channel, 0, Math.min(channel.size(), FileMapping.MAX_SIZE));
        bytes = mapping.view(0, mapping.size());
        scanner = LineScanner.create();
    }

    @TearDown
    public void close() throws IOException {
        mapping.close();
        channel.close();
    }

    @Benchmark
    public long lineScanner() {
        scanner.reset(0);
        for (int from = 0; from < bytes.limit(); from += CHUNK) {
            int to = Math.min(bytes.limit(), from + CHUNK);
            scanner.add(bytes.slice(from, to - from), from);
        }
        return scanner.finish().bases;
    }

    @Benchmark
    public long headerSearch() {
        return HeaderSearchProbe.findHeader(mapping, 1);
    }
}
