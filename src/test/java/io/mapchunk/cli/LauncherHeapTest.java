package io.mapchunk.cli;

import io.mapchunk.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/mapchunk sample} streams its rows: a million 100-base windows (about 125 MB of TSV,
 * and more than that as Java objects) come out of a JVM with a 64 MB heap. Gathering the rows in
 * the client, as the collect-sink implementation did, fails here with OutOfMemoryError.
 */
class LauncherHeapTest {

    private static final Path LAUNCHER = Path.of("bin/mapchunk").toAbsolutePath();

    @TempDir
    Path directory;

    @Test
    void aMillionWindowsFitIn64MegabytesOfHeap() throws Exception {
        Path malaria = SharedData.file("pfalciparum_mal.fa");
        Path output = directory.resolve("million.tsv");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "sample", "--quiet",
                "-n", "1000000", "-l", "100", "--seed", "1", "--format", "tsv",
                "-o", output.toString(), malaria.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("stderr.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("MAPCHUNK_CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("MAPCHUNK_JAVA_OPTS", "-Xmx64m");
        builder.environment().put("MAPCHUNK_LOG_DIR", directory.resolve("log").toString());
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out");
        }
        String stderr = Files.readString(directory.resolve("stderr.txt"));
        assertThat(process.exitValue()).as(stderr).isZero();
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
        assertThat(lines).isEqualTo(1_000_000);
    }
}
