package io.mapchunk.cli.output;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One output layout of a command's result: one class per layout, picked by the command's
 * {@code --format} value. The stream is the temporary of an atomic write ({@link OutputTarget})
 * or stdout; the writer flushes what it buffers and leaves closing to the caller.
 *
 * @param <R> the result the layout is written from
 */
@FunctionalInterface
public interface OutputWriter<R> {

    void write(R result, OutputStream out) throws IOException;
}
