package io.mapchunk.cli;

/** A wrong combination of options found after parsing; reported like a parse error (exit 2). */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
