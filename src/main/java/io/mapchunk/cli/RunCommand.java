package io.mapchunk.cli;

import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.cli.run.JobFile;
import io.mapchunk.cli.run.RunRecord;
import io.mapchunk.cli.run.RunRecord.InputState;
import io.mapchunk.cli.run.RunRecord.OutputState;
import io.mapchunk.cli.run.RunRecord.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code mapchunk run JOBFILE}: one scheduled run of a declarative job (see {@link JobFile}). The
 * command writes its result atomically; the run then writes {@code RESULT.run.json}, the record
 * of the run that produced the result next to it, and {@code RESULT.last-run.json}, the record of
 * the latest attempt whatever its status. A run whose job, input size and mtime match the last
 * good record (and whose result is intact) is skipped; a failed run exits non-zero and leaves
 * the previous result and its record in place. A run that finds another run of the same job in
 * progress (it holds {@code .RESULT.lock}) says so on stderr and exits 75, writing nothing.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a job file (jobs/NAME.properties): result plus a JSON run record.")
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    /**
     * Exit code of a run that found another run of the same job in progress and did nothing
     * (sysexits' EX_TEMPFAIL: try again later).
     */
    static final int ALREADY_RUNNING = 75;

    @ParentCommand
    MapchunkCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOBFILE", description = "A job file, e.g. jobs/lambda-count.properties.")
    Path jobFile;

    @Option(names = "--force", description = "Run even if input and job are unchanged since the last good run.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        JobFile job = JobFile.load(jobFile);
        if (parent.cluster != null) {
            job = job.onCluster(parent.cluster);
        }
        Path output = job.output();
        Files.createDirectories(output.getParent());
        Path lockFile = sibling(output, ".", ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            if (lock == null) {
                spec.commandLine().getErr().println("mapchunk: " + job.file()
                        + ": another run of this job is in progress (" + lockFile + "); not run");
                spec.commandLine().getErr().flush();
                return ALREADY_RUNNING;
            }
            return runLocked(job);
        }
    }

    /** The job's lock, or null while another run holds it (in another process or this one). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private int runLocked(JobFile job) throws IOException {
        Path goodRecord = sibling(job.output(), "", ".run.json");
        Path lastRecord = sibling(job.output(), "", ".last-run.json");
        Instant started = Instant.now();
        InputState input = InputState.of(job.input());
        String fingerprint = RunRecord.fingerprint(spec.root().version()[0], job.arguments(), input);
        Optional<OutputState> current = OutputState.of(job.output());
        if (!force && RunRecord.upToDate(goodRecord, fingerprint, current)) {
            write(lastRecord, new RunRecord(job, fingerprint, input, started, Instant.now(),
                    Status.SKIPPED_UNCHANGED, 0, null, current.orElseThrow(), Map.of()));
            report(job, Status.SKIPPED_UNCHANGED, "result kept: " + job.output());
            return 0;
        }

        LOG.info("job {}: running {}", job.name(), job.arguments());
        StringWriter messages = new StringWriter();
        CommandLine command = MapchunkCli.commandLine(new PrintWriter(messages, true));
        int exitCode = MapchunkCli.execute(command, job.arguments().toArray(String[]::new));
        spec.commandLine().getErr().print(messages);
        spec.commandLine().getErr().flush();
        Instant ended = Instant.now();

        if (exitCode != 0) {
            String error = firstLine(messages.toString());
            OutputState kept = OutputState.of(job.output()).orElse(null);
            write(lastRecord, new RunRecord(job, fingerprint, input, started, ended, Status.FAILED,
                    exitCode, error, kept, Map.of()));
            report(job, Status.FAILED, "exit " + exitCode + (kept == null
                    ? "; no result written (there was none before)" : "; previous result kept"));
            return exitCode;
        }
        RunRecord record = new RunRecord(job, fingerprint, input, started, ended, Status.SUCCEEDED,
                0, null, OutputState.of(job.output()).orElseThrow(), recordCounts(command));
        write(goodRecord, record);
        write(lastRecord, record);
        report(job, Status.SUCCEEDED, "result: " + job.output());
        return 0;
    }

    private static Map<String, Long> recordCounts(CommandLine command) {
        CommandLine.ParseResult parsed = command.getParseResult();
        if (parsed != null && parsed.hasSubcommand()
                && parsed.subcommand().commandSpec().userObject() instanceof RecordCounting counting) {
            return counting.recordCounts();
        }
        return Map.of();
    }

    private void report(JobFile job, Status status, String detail) {
        LOG.info("job {}: {} ({})", job.name(), status.text(), detail);
        spec.commandLine().getOut().println(job.name() + ": " + status.text() + ", " + detail);
        spec.commandLine().getOut().flush();
    }

    private static void write(Path target, RunRecord record) throws IOException {
        OutputTarget.file(target, null)
                .write(out -> out.write(record.toJson().getBytes(StandardCharsets.UTF_8)));
    }

    private static Path sibling(Path file, String prefix, String suffix) {
        return file.resolveSibling(prefix + file.getFileName() + suffix);
    }

    private static String firstLine(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return null;
        }
        String line = lines.get(0);
        return line.startsWith("mapchunk: ") ? line.substring("mapchunk: ".length()) : line;
    }
}
