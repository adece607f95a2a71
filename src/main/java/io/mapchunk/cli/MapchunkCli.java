package io.mapchunk.cli;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one entry point for every mapchunk job: {@code bin/mapchunk COMMAND ...} in an embedded
 * mini-cluster, or {@code flink run target/mapchunk.jar COMMAND ...} on a session cluster.
 * Exit codes: 0 ok, 1 failure, 2 usage.
 */
@Command(name = "mapchunk", mixinStandardHelpOptions = true, version = "mapchunk 0.1.0",
        description = "Flink batch jobs over memory-mapped genome files.",
        subcommands = {CountCommand.class, GenerateCommand.class})
public final class MapchunkCli {

    @Option(names = "--cluster", paramLabel = "HOST:PORT",
            description = "Submit to this Flink session cluster (REST address) instead of running"
                    + " embedded.")
    String cluster;

    StreamExecutionEnvironment environment() {
        return ExecutionTarget.environment(cluster);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new MapchunkCli());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine.execute(args);
    }
}
