package io.mapchunk.cli;

import io.mapchunk.format.InputFileException;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Makes sure a failed job's message names the input file, whatever failed inside Flink. */
final class InputFailures {

    private InputFailures() {}

    static <T> T naming(Path input, Callable<T> job) throws Exception {
        try {
            return job.call();
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            String message = ErrorReporter.describe(e);
            if (message.contains(input.toString())) {
                throw e;
            }
            throw new InputFileException(input + ": " + message, e);
        }
    }
}
