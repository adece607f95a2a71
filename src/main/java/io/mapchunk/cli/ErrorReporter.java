package io.mapchunk.cli;

import io.mapchunk.io.InputFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.util.concurrent.TimeoutException;

/**
 * Turns a failed run into one clear line on stderr (the full trace goes to the log) and exit code
 * 1; option problems found after parsing become usage errors (exit 2).
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command,
            CommandLine.ParseResult parseResult) {
        if (failure instanceof UsageException) {
            return UsageReporter.report(command, failure.getMessage());
        }
        LOG.error("mapchunk failed", failure);
        command.getErr().println("mapchunk: " + describe(failure));
        return 1;
    }

    /** The most helpful message in a cause chain: ours first, then I/O, then the deepest. */
    static String describe(Throwable failure) {
        Throwable deepest = failure;
        Throwable io = null;
        Throwable lostContact = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputFileException) {
                return t.getMessage();
            }
            if (lostContact == null && (t instanceof TimeoutException || t instanceof ConnectException)) {
                lostContact = t;
            }
            if (io == null && (t instanceof FileSystemException || t instanceof FileNotFoundException)) {
                io = t;
            }
            deepest = t;
        }
        if (io != null) {
            return io.getMessage();
        }
        if (lostContact != null) {
            return "lost contact with the Flink cluster (" + lostContact.getClass().getSimpleName()
                    + "); is the JobManager running?";
        }
        if (deepest instanceof IOException && deepest.getMessage() != null) {
            return deepest.getMessage();
        }
        String message = deepest.getMessage();
        return deepest.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
