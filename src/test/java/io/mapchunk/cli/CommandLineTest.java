package io.mapchunk.cli;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** The DOM headless Chromium makes of {@code page}, once laid out. */
    String chromiumDom(Path page) throws Exception {
        Path profile = Files.createDirectories(directory.resolve("profile"));
        Path dom = directory.resolve("dom.html");
        Process process = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(directory.resolve("chromium.log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
