package io.mapchunk.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stops the JVM when the {@code bin/mapchunk} process that started it is gone (killed with
 * {@code kill -9}, or its terminal closed): nobody is left to read the result, the exit code or
 * stderr, so the job is abandoned and nothing is published (see {@code cli/output/Publication}).
 * The launcher's last duty, removing the run's directory once the JVM has exited, passes to a
 * small shell that waits for this JVM's end: removing it from inside would race with Flink's own
 * shutdown hooks, which still write there while the JVM stops. The launcher names itself with
 * {@value #PROPERTY}; without it (tests, {@code flink run}) nothing is watched.
 */
final class LauncherWatch {

    static final String PROPERTY = "mapchunk.launcher.pid";
    /** How often the launcher is looked for: the promise is "within a second or two". */
    private static final long PERIOD_MILLIS = 250;
    private static final int EXIT_ORPHANED = 1;
    private static final Logger LOG = LoggerFactory.getLogger(LauncherWatch.class);

    private LauncherWatch() {}

    /** Starts watching the launcher named by {@value #PROPERTY}, if any. */
    static void start() {
        String pid = System.getProperty(PROPERTY);
        if (pid == null || pid.isEmpty()) {
            return;
        }
        long launcher = Long.parseLong(pid);
        Thread watch = new Thread(() -> watch(launcher), "mapchunk-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void watch(long launcher) {
        try {
            while (isParent(launcher)) {
                Thread.sleep(PERIOD_MILLIS);
            }
        } catch (InterruptedException e) {
            return;
        }
        LOG.warn("the launcher (pid {}) is gone; stopping this run without writing its result",
                launcher);
        RunDirectory.current().ifPresent(LauncherWatch::removeAfterExit);
        System.exit(EXIT_ORPHANED);
    }

    /** Starts the shell that removes {@code runDirectory} once this JVM has exited. */
    private static void removeAfterExit(Path runDirectory) {
        String script = "trap '' HUP INT TERM; while kill -0 \"$0\" 2>/dev/null; do sleep 0.1; done;"
                + " rm -rf -- \"$1\"";
        try {
            new ProcessBuilder("/bin/sh", "-c", script, Long.toString(ProcessHandle.current().pid()),
                    runDirectory.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.warn("cannot start the removal of {} ({}); the next run removes it", runDirectory,
                    e.getMessage());
        }
    }

    /** The launcher is our parent while it lives; once it dies the JVM is handed to another. */
    private static boolean isParent(long launcher) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        return parent.isPresent() && parent.get().pid() == launcher && parent.get().isAlive();
    }
}
