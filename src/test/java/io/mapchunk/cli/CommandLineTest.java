package io.mapchunk.cli;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * Base of the command-line tests: runs {@code mapchunk} in-process on a shared mini-cluster
 * (2 slots), with a scratch directory and the one-line errors it printed.
 */
abstract class CommandLineTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(2).build());

    @TempDir
    Path directory;

    final StringWriter errors = new StringWriter();

    /** Runs a command line and returns its exit code; errors go to {@link #errors}. */
    int run(String... args) {
        return MapchunkCli.execute(new PrintWriter(errors, true), args);
    }
}
