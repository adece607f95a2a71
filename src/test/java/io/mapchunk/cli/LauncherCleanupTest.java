package io.mapchunk.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bin/mapchunk} leaves nothing behind, whatever the outcome: each run below gets a fresh
 * temp directory ({@code TMPDIR} and {@code java.io.tmpdir}), which must be empty afterwards,
 * and nothing new may appear in the checkout (the log goes to the test's own directory). The
 * launcher runs on the test classpath through {@code MAPCHUNK_CLASSPATH}.
 */
class LauncherCleanupTest {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = HOME.resolve("bin/mapchunk");
    private static final Path LAMBDA = HOME.resolve("data/lambda_virus.fa");
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path directory;

    private Path tmp;
    private Path log;
    private static Set<String> checkoutBefore;

    @BeforeAll
    static void listCheckout() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux");
        checkoutBefore = checkout();
    }

    @BeforeEach
    void freshTempDirectory() throws IOException {
        tmp = Files.createDirectory(directory.resolve("tmp"));
        log = directory.resolve("log");
    }

    @Test
    void successLeavesTheResultAndNothingElse() throws Exception {
        Path output = directory.resolve("lambda.tsv");

        Run run = run("count", "-o", output.toString(), LAMBDA.toString()).finish();

        assertThat(run.exit).as(run.stderr()).isZero();
        assertThat(Files.readString(output))
                .isEqualTo(Files.readString(HOME.resolve("data/lambda_virus.facount.tsv")));
        assertNothingLeft();
        assertThat(Files.readString(log.resolve("mapchunk.log")))
                .as("the log names the run's pid").contains("[" + run.jvmPid + "]");
    }

    @Test
    void refusedInputLeavesNothing() throws Exception {
        Path blank = Files.writeString(directory.resolve("blank.fa"), " \n");

        Run run = run("index", blank.toString()).finish();

        assertThat(run.exit).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr().lines().toList()).as("stderr is the refusal alone, no JVM noise")
                .singleElement().asString()
                .startsWith("mapchunk: ").contains("sequence data before the first '>' header");
        assertThat(directory.resolve("blank.fa.fai")).doesNotExist();
        assertNothingLeft();
    }

    @Test
    void usageErrorLeavesNothing() throws Exception {
        Run run = run("count", "--no-such-option", LAMBDA.toString()).finish();

        assertThat(run.exit).as(run.stderr()).isEqualTo(2);
        assertNothingLeft();
    }

    @Test
    void failedJobLeavesNothingAndNoOutput() throws Exception {
        // an index that does not match its file: the gc job fails
        Path input = Files.writeString(directory.resolve("st.fa"), ">a\nACGTACGT\nACGTACGT\n");
        Files.writeString(directory.resolve("st.fa.fai"), "a\t16\t3\t4\t5\n");
        Path output = directory.resolve("st.bedgraph");

        Run run = run("gc", "-w", "4", "-o", output.toString(), input.toString()).finish();

        assertThat(run.exit).as(run.stderr()).isEqualTo(1);
        assertThat(output).doesNotExist();
        assertNothingLeft();
    }

    @Test
    void runOfAJobFileLeavesOnlyItsResultAndRecords() throws Exception {
        Files.createDirectories(directory.resolve("jobs"));
        Path job = Files.writeString(directory.resolve("jobs/lambda.properties"),
                "command = count\ninput = " + LAMBDA + "\noutput = ../out/lambda.tsv\n");
        Files.createDirectories(directory.resolve("out"));

        Run run = run("run", job.toString()).finish();

        assertThat(run.exit).as(run.stderr()).isZero();
        try (Stream<Path> files = Files.list(directory.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "lambda.tsv", "lambda.tsv.run.json", "lambda.tsv.last-run.json",
                    ".lambda.tsv.lock");
        }
        assertNothingLeft();
    }

    @Test
    void sigtermDuringALongCountStopsPromptlyAndKeepsThePreviousResult() throws Exception {
        Path input = sparseGenome("huge.fa", 64L << 30);
        Path output = Files.writeString(directory.resolve("huge.tsv"), "previous result\n");

        Run run = run("count", "-o", output.toString(), input.toString());
        run.awaitJobRunning();
        assertThat(run.jvmPid).as("the run's JVM was seen").isPositive();
        long signalled = System.nanoTime();
        run.process.destroy(); // SIGTERM
        run.finish();
        double seconds = (System.nanoTime() - signalled) / 1e9;

        assertThat(run.exit).as(run.stderr()).isEqualTo(143);
        assertThat(seconds).as("seconds from SIGTERM to exit").isLessThan(5);
        assertThat(ProcessHandle.of(run.jvmPid).filter(ProcessHandle::isAlive))
                .as("the run's JVM").isEmpty();
        assertThat(Files.readString(output)).isEqualTo("previous result\n");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary output").noneMatch(name -> name.endsWith(".tmp"));
        }
        assertNothingLeft();
    }

    @Test
    void ctrlCExits130AndLeavesNothing() throws Exception {
        Path input = sparseGenome("huge.fa", 64L << 30);

        Run run = run("count", "-o", directory.resolve("huge.tsv").toString(), input.toString());
        run.awaitJobRunning();
        new ProcessBuilder("kill", "-INT", Long.toString(run.process.pid())).start().waitFor();
        run.finish();

        assertThat(run.exit).as(run.stderr()).isEqualTo(130);
        assertThat(directory.resolve("huge.tsv")).doesNotExist();
        assertNothingLeft();
    }

    @Test
    void runKilledWithKill9IsSweptByTheNextRun() throws Exception {
        Path input = sparseGenome("huge.fa", 64L << 30);
        Run killed = run("count", input.toString());
        killed.awaitJobRunning();
        List<ProcessHandle> jvm = killed.process.descendants().toList();
        killed.process.destroyForcibly(); // the launcher first, so its trap cannot run
        jvm.forEach(ProcessHandle::destroyForcibly);
        killed.finish();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("kill -9 leaves its directory").singleElement().asString()
                    .startsWith("mapchunk-" + killed.process.pid() + "-");
        }

        Run next = run("count", LAMBDA.toString()).finish();

        assertThat(next.exit).as(next.stderr()).isZero();
        assertNothingLeft();
    }

    @Test
    void aJvmWhoseLauncherIsKilledStopsWritesNothingAndRemovesItsDirectory() throws Exception {
        Path input = sparseGenome("huge.fa", 64L << 30);
        Path output = directory.resolve("huge.tsv");
        Run orphaned = run("count", "-o", output.toString(), input.toString());
        orphaned.awaitJobRunning();
        orphaned.process.destroyForcibly(); // kill -9 of the launcher alone
        orphaned.process.waitFor();

        Optional<ProcessHandle> jvm = ProcessHandle.of(orphaned.jvmPid);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (jvm.isPresent() && jvm.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(jvm.filter(ProcessHandle::isAlive)).as("the orphaned JVM").isEmpty();
        assertThat(output).doesNotExist();
        // the run directory goes a moment after the JVM, removed by the shell it left for that
        while (hasRunDirectory() && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(50);
        }
        assertNothingLeft();
    }

    @Test
    void aResultThatCannotBeWrittenToStdoutIsAFailureInOneLine() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")));

        Run run = run(ProcessBuilder.Redirect.to(new File("/dev/full")), "count",
                LAMBDA.toString()).finish();

        assertThat(run.exit).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr().lines().toList()).singleElement().asString()
                .startsWith("mapchunk: writing to standard output failed");
        assertNothingLeft();
    }

    @Test
    void namesAndPathsAreUtf8UnderTheCLocale() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "the test JVM itself needs a UTF-8 locale to name the file (.ci/run sets one)");
        Path input = Files.copy(LAMBDA, directory.resolve("ünï_çødé.fa"));

        Run run = run("stats", input.getFileName().toString()).finish();

        assertThat(run.exit).as(run.stderr()).isZero();
        assertThat(Files.readString(run.stdout, StandardCharsets.UTF_8).lines().skip(1).findFirst())
                .hasValueSatisfying(row -> assertThat(row).startsWith("ünï_çødé.fa\t"));
    }

    @Test
    void twoRunsAtOnceBothSucceedAndBothAreLogged() throws Exception {
        Run first = run("count", "-o", directory.resolve("a.tsv").toString(), LAMBDA.toString());
        Run second = run("count", "--format", "seqtk", "-o", directory.resolve("b.tsv").toString(),
                LAMBDA.toString());
        Run.finish(first, second);

        assertThat(first.exit).as(first.stderr()).isZero();
        assertThat(second.exit).as(second.stderr()).isZero();
        assertThat(Files.readString(directory.resolve("a.tsv")))
                .isEqualTo(Files.readString(HOME.resolve("data/lambda_virus.facount.tsv")));
        assertThat(Files.readString(directory.resolve("b.tsv")))
                .startsWith("gi|9626243|ref|NC_001416.1|\t48502\t12334\t11362\t12820\t11986\t");
        String logText = Files.readString(log.resolve("mapchunk.log"));
        assertThat(logText).contains("[" + first.jvmPid + "]").contains("[" + second.jvmPid + "]");
        assertNothingLeft();
    }

    @Test
    void logRollsAtTenMegabytesKeepingThreeOldFiles() throws Exception {
        Files.createDirectories(log);
        byte[] full = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(full, (byte) 'x');
        full[0] = 'c';
        Files.write(log.resolve("mapchunk.log"), full);
        for (int i = 1; i <= 3; i++) {
            Files.writeString(log.resolve("mapchunk.log." + i), "old " + i + "\n");
        }
        Path blank = Files.writeString(directory.resolve("blank.fa"), " \n");

        Run run = run("count", blank.toString()).finish();

        assertThat(run.exit).as(run.stderr()).isEqualTo(1);
        try (Stream<Path> files = Files.list(log)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "mapchunk.log", "mapchunk.log.1", "mapchunk.log.2", "mapchunk.log.3");
        }
        assertThat(Files.size(log.resolve("mapchunk.log"))).as("the new log").isLessThan(1 << 20);
        assertThat(Files.readString(log.resolve("mapchunk.log")))
                .contains("sequence data before the first '>' header");
        assertThat(Files.readAllBytes(log.resolve("mapchunk.log.1"))).as("the full log, rolled")
                .startsWith((byte) 'c').hasSize(full.length);
        assertThat(Files.readString(log.resolve("mapchunk.log.2"))).isEqualTo("old 1\n");
        assertThat(Files.readString(log.resolve("mapchunk.log.3"))).isEqualTo("old 2\n");
        assertNothingLeft();
    }

    /** A FASTA header and then {@code size} bytes of a hole: a long count that costs no disk. */
    private Path sparseGenome(String name, long size) throws IOException {
        Path file = Files.writeString(directory.resolve(name), ">huge\nACGT\n");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    private boolean hasRunDirectory() throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.findAny().isPresent();
        }
    }

    private void assertNothingLeft() throws IOException {
        try (Stream<Path> left = Files.walk(tmp)) {
            assertThat(left.filter(p -> !p.equals(tmp)).map(Path::toString))
                    .as("left in the temp directory").isEmpty();
        }
        assertThat(checkout()).as("files in the checkout").isEqualTo(checkoutBefore);
    }

    /** Files of the checkout, but for build output, git's own and the documented log/. */
    private static Set<String> checkout() throws IOException {
        try (Stream<Path> files = Files.walk(HOME)) {
            return files.map(p -> HOME.relativize(p).toString())
                    .filter(p -> !p.startsWith("target") && !p.startsWith(".git")
                            && !p.startsWith("log") && !p.startsWith(".jqwik-database"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private Run run(String... args) throws IOException {
        return run((ProcessBuilder.Redirect) null, args);
    }

    /** A run whose stdout goes to {@code out} (null: a file of its own), under the C locale. */
    private Run run(ProcessBuilder.Redirect out, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(directory, "out", ".txt");
        Path stderr = Files.createTempFile(directory, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out != null ? out : ProcessBuilder.Redirect.to(stdout.toFile()))
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("MAPCHUNK_CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("MAPCHUNK_LOG_DIR", log.toString());
        builder.environment().put("MAPCHUNK_JAVA_OPTS", "-Xmx256m -Djava.io.tmpdir=" + tmp);
        builder.environment().put("TMPDIR", tmp.toString());
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        return new Run(builder.start(), stdout, stderr, tmp);
    }

    /** A launcher process, its JVM and what it printed. */
    private static final class Run {
        final Process process;
        final Path stdout;
        final Path stderr;
        final Path tmp;
        long jvmPid = -1;
        int exit = -1;

        Run(Process process, Path stdout, Path stderr, Path tmp) {
            this.process = process;
            this.stdout = stdout;
            this.stderr = stderr;
            this.tmp = tmp;
        }

        /** Waits until the run's mini-cluster is up and its job has started reading. */
        void awaitJobRunning() throws Exception {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                noteJvm();
                try (Stream<Path> runDirs = Files.list(tmp)) {
                    boolean started = runDirs.anyMatch(dir -> {
                        try (Stream<Path> inside = Files.list(dir)) {
                            return inside.anyMatch(p -> p.getFileName().toString()
                                    .startsWith("minicluster_"));
                        } catch (IOException e) {
                            return false;
                        }
                    });
                    if (started && process.isAlive()) {
                        Thread.sleep(2000); // the job is reading by now
                        assertThat(process.isAlive()).as("still counting").isTrue();
                        return;
                    }
                }
                assertThat(process.isAlive()).as("run ended early: " + stderr()).isTrue();
                Thread.sleep(100);
            }
            throw new AssertionError("the job did not start in " + TIMEOUT);
        }

        Run finish() throws Exception {
            return finish(this);
        }

        /** Waits for all of {@code runs}, noting their JVMs meanwhile; returns the first. */
        static Run finish(Run... runs) throws Exception {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (Stream.of(runs).anyMatch(run -> run.process.isAlive())
                    && System.nanoTime() < deadline) {
                for (Run run : runs) {
                    run.noteJvm();
                }
                Thread.sleep(50);
            }
            for (Run run : runs) {
                run.ended();
            }
            return runs[0];
        }

        private void ended() {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("timed out: " + stderr());
            }
            exit = process.exitValue();
        }

        /** The JVM's pid, from the lock file in the run's directory (named after the launcher). */
        private void noteJvm() {
            if (jvmPid >= 0) {
                return;
            }
            try (Stream<Path> dirs = Files.list(tmp)) {
                for (Path dir : dirs.filter(d -> d.getFileName().toString()
                        .startsWith("mapchunk-" + process.pid() + "-")).toList()) {
                    String pid = Files.readString(dir.resolve(RunDirectory.LOCK_FILE)).strip();
                    if (!pid.isEmpty()) {
                        jvmPid = Long.parseLong(pid);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // not written yet, or the run has ended
            }
        }

        String stderr() {
            try {
                return Files.readString(stderr, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        }
    }
}
