package io.mapchunk.cli;

import io.mapchunk.io.InputLocation;
import io.mapchunk.io.RemoteFiles;
import io.mapchunk.io.WorkingDirectory;
import org.apache.flink.configuration.ConfigConstants;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The one entry point for every mapchunk job: {@code bin/mapchunk COMMAND ...} in an embedded
 * mini-cluster, or {@code flink run target/mapchunk.jar COMMAND ...} on a session cluster.
 * Exit codes: 0 ok, 1 failure, 2 usage; 75 when {@code run} finds its job already running; under
 * {@code bin/mapchunk}, 130 and 143 when stopped by Ctrl-C or SIGTERM.
 */
@Command(name = "mapchunk", mixinStandardHelpOptions = true, version = "mapchunk 0.1.0",
        description = "Flink batch jobs over memory-mapped genome files.",
        subcommands = {CountCommand.class, IndexCommand.class, SampleCommand.class,
                GcCommand.class, ReportCommand.class, StatsCommand.class, GenerateCommand.class,
                RunCommand.class})
public final class MapchunkCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cluster", paramLabel = "HOST:PORT",
            description = "Submit to this Flink session cluster (REST address) instead of running"
                    + " embedded.")
    String cluster;

    private final ExecutionTarget target = new ExecutionTarget();

    StreamExecutionEnvironment environment() {
        return target.environment(cluster);
    }

    /** Starts the run's embedded cluster ahead of its first job (see {@link ExecutionTarget#startAhead}). */
    void startClusterAhead() {
        target.startAhead(cluster);
    }

    /** The most subtasks a job of this run may ask for (see {@link ExecutionTarget#mostSubtasks}). */
    int mostSubtasks() {
        return target.mostSubtasks(cluster);
    }

    public static void main(String[] args) {
        RunDirectory.claim();
        LauncherWatch.start();
        // remote inputs: bounded NameNode retries under whatever Flink configuration this JVM has
        String confDir = System.getenv(ConfigConstants.ENV_FLINK_CONF_DIR);
        RemoteFiles.configure(confDir == null ? new Configuration()
                : GlobalConfiguration.loadConfiguration(confDir));
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(Invocation.current().err(), true), args);
    }

    /** Runs a command line, reporting errors to {@code err}, and returns its exit code. */
    public static int execute(PrintWriter err, String... args) {
        return execute(commandLine(err), args);
    }

    /**
     * Executes a command line made by {@link #commandLine}; the embedded mini-cluster, if the
     * command started one, is stopped before this returns.
     */
    static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } finally {
            ((MapchunkCli) commandLine.getCommand()).target.close();
        }
    }

    /** A fresh command line with mapchunk's error reporting to {@code err}, for one execution. */
    static CommandLine commandLine(PrintWriter err) {
        CommandLine commandLine = new CommandLine(new MapchunkCli());
        commandLine.registerConverter(InputLocation.class, InputLocation::of);
        commandLine.registerConverter(Path.class, WorkingDirectory::resolve);
        commandLine.setOut(new PrintWriter(Invocation.current().out(), true));
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageReporter());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: "
                + String.join(", ", spec.subcommands().keySet()) + ", or see --help");
    }
}
