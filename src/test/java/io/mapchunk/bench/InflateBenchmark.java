package io.mapchunk.bench;

import io.mapchunk.generate.GenomeLayout;
import io.mapchunk.generate.SyntheticGenome;
import io.mapchunk.io.BlockInflaters;
import io.mapchunk.io.InputChannels;
import io.mapchunk.testing.BgzfWriter;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One pass over a BGZF file's uncompressed bytes as the readers make it (4 MiB positioned reads
 * through {@link InputChannels#open} into a direct buffer, every block's CRC32 checked), one
 * thread, with each inflater ({@link BlockInflaters}). Bytes/s = uncompressed size / score. The
 * file is {@code -Dmapchunk.bench.file} (a BGZF file) or a 64 MiB synthetic genome bgzipped at
 * setup (java.util.zip level 6, as bgzip).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class InflateBenchmark {

    private static final int READ = 4 << 20;

    @Param({"java", "native"})
    String inflater;

    private Path file;
    private boolean generated;
    private FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(READ);

    @Setup(Level.Trial)
    public void open() throws IOException {
        String given = System.getProperty("mapchunk.bench.file");
        if (given != null) {
            file = Path.of(given);
        } else {
            ByteArrayOutputStream fasta = new ByteArrayOutputStream();
            new SyntheticGenome(GenomeLayout.human(64L << 20, 60), SyntheticGenome.Format.FASTA,
                    60, 1).writeTo(fasta);
            file = Files.write(Files.createTempFile("mapchunk-bench", ".fa.gz"),
                    BgzfWriter.bgzf(fasta.toByteArray(), 65280, 6));
            generated = true;
        }
        System.setProperty(BlockInflaters.PROPERTY, inflater);
        channel = InputChannels.open(file);
        System.out.printf("%nfile %s: %d bytes uncompressed%n", file, channel.size());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        channel.close();
        if (generated) {
            Files.deleteIfExists(file);
        }
    }

    /** Every byte of the file, read and inflated in 4 MiB reads. */
    @Benchmark
    public long inflateAll() throws IOException {
        long size = channel.size();
        long sum = 0;
        for (long at = 0; at < size; at += READ) {
            buffer.clear().limit((int) Math.min(READ, size - at));
            while (buffer.hasRemaining()) {
                channel.read(buffer, at + buffer.position());
            }
            sum += buffer.get(0);
        }
        return sum;
    }
}
