package io.mapchunk.cli;

import io.mapchunk.io.WorkingDirectory;
import io.mapchunk.runtime.EmbeddedCluster;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one command runs with: the caller's working directory, its stdout and stderr, whether that
 * stderr is a terminal, and a mini-cluster to reuse. A cold run's is this JVM's own (System.out,
 * System.err, {@code -Dmapchunk.stderr.tty}, a cluster of its own); the warm runner
 * ({@code io.mapchunk.daemon}) gives each client's command its own, one command at a time.
 *
 * @param workingDirectory the caller's directory, or {@code null} for this JVM's
 * @param cluster a running cluster the command uses and leaves running, or {@code null}
 */
public record Invocation(Path workingDirectory, PrintStream out, PrintStream err,
        boolean stderrTerminal, EmbeddedCluster cluster, AtomicBoolean cancelled) {

    /** An invocation not yet cancelled. */
    public Invocation(Path workingDirectory, PrintStream out, PrintStream err,
            boolean stderrTerminal, EmbeddedCluster cluster) {
        this(workingDirectory, out, err, stderrTerminal, cluster, new AtomicBoolean());
    }

    /** Marks the command cancelled: its results are no longer published ({@link #guard}). */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * {@code out} (a result file's temporary) failing once the command is cancelled, so that a
     * cancelled warm command stops writing and never renames its result into place; a cold
     * run's is stopped with its JVM instead.
     */
    public OutputStream guard(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] data, int offset, int length) throws IOException {
                check();
                out.write(data, offset, length);
            }

            @Override
            public void write(int b) throws IOException {
                check();
                out.write(b);
            }

            @Override
            public void close() throws IOException {
                super.close();
                check();
            }
        };
    }

    private void check() throws InterruptedIOException {
        if (cancelled.get()) {
            throw new InterruptedIOException("cancelled");
        }
    }

    private static volatile Invocation current;

    /** This JVM's own streams and directory (a cold run). */
    public static Invocation process() {
        return new Invocation(null, System.out, System.err, Boolean.getBoolean(JobOptions.STDERR_TTY),
                null);
    }

    /** The invocation of the command running now. */
    public static Invocation current() {
        Invocation running = current;
        return running == null ? process() : running;
    }

    /** The cluster to reuse, if the caller keeps one. */
    Optional<EmbeddedCluster> sharedCluster() {
        return Optional.ofNullable(cluster);
    }

    /**
     * Runs {@code command} as this invocation, then restores the process's own. Callers run one
     * command at a time (the warm runner holds its command lock).
     */
    public <T> T run(Callable<T> command) throws Exception {
        current = this;
        WorkingDirectory.set(workingDirectory);
        try {
            return command.call();
        } finally {
            WorkingDirectory.set(null);
            current = null;
        }
    }
}
