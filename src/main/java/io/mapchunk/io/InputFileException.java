package io.mapchunk.io;

/** An input file that cannot be read as sequence, with a message naming the file and the problem. */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
