package io.mapchunk.cli;

import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.RandomFasta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bin/mapchunk} shows a progress line when stderr is a terminal (run under {@code script},
 * which gives the command a pseudo-terminal) and none when stderr is a file or with --quiet. The
 * launcher runs on the test classpath through {@code MAPCHUNK_CLASSPATH}.
 */
class LauncherProgressTest {

    private static final Path LAUNCHER = Path.of("bin/mapchunk").toAbsolutePath();

    @TempDir
    static Path directory;

    private static Path input;
    private static String expected;

    @BeforeAll
    static void writeInput() throws Exception {
        assumeTrue(new File("/usr/bin/script").canExecute(), "util-linux 'script' not installed");
        byte[] fasta = RandomFasta.generate(3);
        input = Files.write(directory.resolve("in.fa"), fasta);
        expected = NaiveCounts.facount(NaiveCounts.fasta(fasta));
    }

    @Test
    void terminalGetsAProgressLineThatIsWipedAtTheEnd() throws Exception {
        Result result = run("script", "-qec",
                quoted(LAUNCHER) + " count -p 2 -o " + quoted(directory.resolve("tty.tsv")) + " "
                        + quoted(input), "/dev/null");

        String screen = Files.readString(result.stdout, StandardCharsets.UTF_8);
        assertThat(result.exit).as(screen).isZero();
        assertThat(screen).as("progress line")
                .containsPattern("\rcount in\\.fa: [0-9.]+/[0-9.]+ k?B +\\d+%")
                .endsWith("\r");
        assertThat(screen.substring(screen.lastIndexOf('\r', screen.length() - 2)))
                .as("the last line is wiped").isBlank();
        assertThat(Files.readString(directory.resolve("tty.tsv"), StandardCharsets.ISO_8859_1))
                .isEqualTo(expected);
    }

    @Test
    void quietTerminalGetsNothing() throws Exception {
        Result result = run("script", "-qec",
                quoted(LAUNCHER) + " count --quiet -o " + quoted(directory.resolve("quiet.tsv"))
                        + " " + quoted(input), "/dev/null");

        assertThat(result.exit).isZero();
        assertThat(Files.readString(result.stdout)).isEmpty();
    }

    @Test
    void stderrToAFileGetsNothing() throws Exception {
        Path errors = directory.resolve("errors.txt");
        Result result = run("script", "-qec", quoted(LAUNCHER) + " count -o "
                + quoted(directory.resolve("piped.tsv")) + " " + quoted(input) + " 2>"
                + quoted(errors), "/dev/null");

        assertThat(result.exit).isZero();
        assertThat(Files.readString(errors)).isEmpty();
        assertThat(Files.readString(result.stdout)).isEmpty();
        assertThat(Files.readString(directory.resolve("piped.tsv"), StandardCharsets.ISO_8859_1))
                .isEqualTo(expected);
    }

    private record Result(int exit, Path stdout) {}

    private static Result run(String... command) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(directory, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("MAPCHUNK_CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("MAPCHUNK_LOG_DIR", directory.resolve("log").toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), stdout);
    }

    private static String quoted(Path path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }
}
