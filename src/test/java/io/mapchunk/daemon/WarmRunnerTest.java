package io.mapchunk.daemon;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The warm runner end to end, through {@code bin/mapchunk} on the test classpath
 * ({@code MAPCHUNK_CLASSPATH}) with a private {@code XDG_RUNTIME_DIR} and {@code TMPDIR}: results
 * equal the cold run's byte for byte, relative paths resolve against the client's directory,
 * failures keep their exit codes, Ctrl-C cancels, a rebuilt class path and the idle timeout stop
 * the runner, and nothing is left behind.
 */
class WarmRunnerTest {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = HOME.resolve("bin/mapchunk");
    private static final Path LAMBDA = HOME.resolve("data/lambda_virus.fa");
    private static final Path BUILD = Path.of(System.getProperty("java.class.path").split(":")[0]);

    @TempDir
    Path directory;

    private Path tmp;
    private Path xdg;
    private Path work;

    @BeforeEach
    void privateDirectories() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux");
        tmp = Files.createDirectory(directory.resolve("tmp"));
        xdg = Files.createDirectory(directory.resolve("xdg"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        work = Files.createDirectories(directory.resolve("work/sub"));
        Files.copy(LAMBDA, directory.resolve("work/lambda.fa"));
    }

    @Test
    void warmRunsEqualColdOnesAndLeaveNothingBehind() throws Exception {
        Run coldCount = run(work, true, "count", "../lambda.fa");
        Run coldStats = run(work, true, "stats", "../lambda.fa", LAMBDA.toString());
        Run coldMissing = run(work, true, "count", "missing.fa");
        assertThat(coldCount.exit).as(coldCount.err).isZero();

        Run start = run(work, false, "daemon", "start", "--idle-timeout", "60s");
        assertThat(start.exit).as(start.err).isZero();
        Path socketDir = xdg.resolve("mapchunk");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketDir)))
                .isEqualTo("rwx------");
        Run status = run(work, false, "daemon", "status");
        assertThat(status.exit).as(status.err).isZero();
        long pid = pid(status.out);
        long commandsBefore = commands(status.out);

        Run warmCount = run(work, false, "count", "../lambda.fa");
        assertThat(warmCount.exit).as(warmCount.err).isZero();
        assertThat(warmCount.out).as("warm count equals cold").isEqualTo(coldCount.out);
        Run warmStats = run(work, false, "stats", "../lambda.fa", LAMBDA.toString());
        assertThat(warmStats.out).as("warm stats equals cold").isEqualTo(coldStats.out);
        Run toFile = run(work, false, "count", "--format", "seqtk", "-o", "out.tsv", "../lambda.fa");
        assertThat(toFile.exit).as(toFile.err).isZero();
        Run coldToFile = run(work, true, "count", "--format", "seqtk", "-o", "cold.tsv", "../lambda.fa");
        assertThat(coldToFile.exit).isZero();
        assertThat(Files.readString(work.resolve("out.tsv")))
                .as("-o resolved against the client's directory")
                .isEqualTo(Files.readString(work.resolve("cold.tsv")));

        Run missing = run(work, false, "count", "missing.fa");
        assertThat(missing.exit).isEqualTo(1);
        assertThat(missing.err.lines()).as(missing.err).hasSize(1).allMatch(l -> l.startsWith("mapchunk: "));
        assertThat(coldMissing.exit).isEqualTo(1);
        Run usage = run(work, false, "count", "--bogus", "x");
        assertThat(usage.exit).isEqualTo(2);
        assertThat(commands(run(work, false, "daemon", "status").out))
                .as("the commands went to the runner").isEqualTo(commandsBefore + 5);

        // Ctrl-C on the client cancels the command in the runner, which lives on
        Process big = start(work, false, "generate", "--size", "3g", "-o", "big.fa");
        Thread.sleep(3000);
        new ProcessBuilder("kill", "-INT", Long.toString(big.pid())).start().waitFor();
        assertThat(big.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(big.exitValue()).isEqualTo(130);
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the cancelled output is not left").doesNotContain("big.fa")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(run(work, false, "count", "../lambda.fa").out).isEqualTo(coldCount.out);

        // a rebuilt class path: the client ignores the runner (cold run), which stops itself
        FileTime built = Files.getLastModifiedTime(BUILD);
        try {
            Files.setLastModifiedTime(BUILD, FileTime.fromMillis(built.toMillis() + 5000));
            Run stale = run(work, false, "count", "../lambda.fa");
            assertThat(stale.out).isEqualTo(coldCount.out);
            awaitGone(pid, socketDir);
        } finally {
            Files.setLastModifiedTime(BUILD, built);
        }

        // the idle timeout stops a runner nobody uses
        Run second = run(work, false, "daemon", "start", "--idle-timeout", "2s");
        assertThat(second.exit).as(second.err).isZero();
        awaitGone(pid(run(work, false, "daemon", "status").out), socketDir);
        assertThat(run(work, false, "daemon", "status").exit).isEqualTo(3);

        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("run directories left in TMPDIR").isEmpty();
        }
        assertThat(socketDir).doesNotExist();
    }

    private static void awaitGone(long pid, Path socketDir) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && (ProcessHandle.of(pid).isPresent()
                || Files.exists(socketDir))) {
            Thread.sleep(100);
        }
        assertThat(ProcessHandle.of(pid)).as("runner process %d", pid).isEmpty();
        assertThat(socketDir).as("socket directory").doesNotExist();
    }

    private static long pid(String status) {
        return number(status, "warm runner: pid (\\d+)");
    }

    private static long commands(String status) {
        return number(status, "commands: (\\d+)");
    }

    private static long number(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private Run run(Path cwd, boolean cold, String... args) throws Exception {
        Process process = start(cwd, cold, args);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(directory.resolve("out.txt")),
                Files.readString(directory.resolve("err.txt")));
    }

    private Process start(Path cwd, boolean cold, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(directory.resolve("out.txt").toFile())
                .redirectError(directory.resolve("err.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.put("MAPCHUNK_CLASSPATH", System.getProperty("java.class.path"));
        environment.put("MAPCHUNK_LOG_DIR", directory.resolve("log").toString());
        environment.put("MAPCHUNK_JAVA_OPTS", "-Xmx128m");
        environment.put("TMPDIR", tmp.toString());
        environment.put("XDG_RUNTIME_DIR", xdg.toString());
        if (cold) {
            environment.put("MAPCHUNK_DAEMON", "off");
        } else {
            environment.remove("MAPCHUNK_DAEMON");
        }
        return builder.start();
    }

    private record Run(int exit, String out, String err) {}
}
