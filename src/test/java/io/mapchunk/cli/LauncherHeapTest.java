package io.mapchunk.cli;

import io.mapchunk.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/mapchunk sample} streams its rows: a million 100-base windows (about 125 MB of TSV,
 * and more than that as Java objects) come out of a JVM with a 64 MB heap. Gathering the rows in
 * the client, as the collect-sink implementation did, fails here with OutOfMemoryError. So do a
 * million 150-base reads (about 320 MB of FASTQ) out of 128 MB: no reservoir holds them.
 */
class LauncherHeapTest {

    private static final Path LAUNCHER = Path.of("bin/mapchunk").toAbsolutePath();

    @TempDir
    Path directory;

    @Test
    void aMillionWindowsFitIn64MegabytesOfHeap() throws Exception {
        Path malaria = SharedData.file("pfalciparum_mal.fa");
        Path output = directory.resolve("million.tsv");
        sample("-Xmx64m", "-n", "1000000", "-l", "100", "--seed", "1", "--format", "tsv", "-o",
                output.toString(), malaria.toString());
        assertThat(lines(output)).isEqualTo(1_000_000);
    }

    @Test
    void aMillionReadsFitIn128MegabytesOfHeap() throws Exception {
        Path reads = directory.resolve("reads.fq");
        byte[] record = ("@read\n" + "ACGT".repeat(37) + "AC\n+\n" + "IIII".repeat(37) + "II\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(reads), 1 << 20)) {
            for (int i = 0; i < 1_100_000; i++) {
                out.write(record);
            }
        }
        Path output = directory.resolve("million.fq");
        sample("-Xmx128m", "-n", "1000000", "--seed", "1", "-o", output.toString(),
                reads.toString());
        assertThat(lines(output)).isEqualTo(4_000_000);
    }

    /** Runs {@code bin/mapchunk sample --quiet ARGS} in a JVM with {@code heap}; it must succeed. */
    private void sample(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "sample", "--quiet"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("stderr.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("MAPCHUNK_CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("MAPCHUNK_JAVA_OPTS", heap);
        builder.environment().put("MAPCHUNK_LOG_DIR", directory.resolve("log").toString());
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out");
        }
        String stderr = Files.readString(directory.resolve("stderr.txt"));
        assertThat(process.exitValue()).as(stderr).isZero();
    }

    private static long lines(Path output) throws Exception {
        long lines = 0;
        try (InputStream in = Files.newInputStream(output)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }
}
