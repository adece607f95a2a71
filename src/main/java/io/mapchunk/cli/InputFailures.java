package io.mapchunk.cli;

import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Makes sure a failed job's message names the input file, whatever failed inside Flink: an
 * {@link InputFileException} names it by contract, as does an I/O failure on the file itself;
 * any other failure is prefixed with it.
 */
final class InputFailures {

    private InputFailures() {}

    static <T> T naming(InputLocation input, Callable<T> job) throws Exception {
        try {
            return job.call();
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InputFileException || t instanceof FileSystemException io
                        && io.getFile() != null && input.isLocal() && Path.of(io.getFile())
                                .toAbsolutePath().equals(input.localPath().toAbsolutePath())) {
                    throw e;
                }
            }
            throw new InputFileException(input + ": " + ErrorReporter.describe(e), e);
        }
    }
}
