package io.mapchunk.io;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** {@code java.util.zip.Inflater} (the JDK's zlib), straight between the buffers given. */
final class JavaBlockInflater implements BlockInflater {

    private final Inflater inflater = new Inflater(true);
    private final ByteBuffer probe = ByteBuffer.allocate(1);

    @Override
    public void inflate(ByteBuffer deflated, ByteBuffer out) throws DataFormatException {
        int expected = out.remaining();
        inflater.reset();
        inflater.setInput(deflated);
        while (!inflater.finished()) {
            // once the block is full, a spare byte lets the end-of-stream marker be read
            ByteBuffer target = out.hasRemaining() ? out : probe.clear();
            int produced;
            try {
                produced = inflater.inflate(target);
            } catch (DataFormatException e) {
                throw new DataFormatException("bad deflate data: " + e.getMessage());
            }
            if (target == probe && produced > 0) {
                throw new DataFormatException("inflates to more than " + expected + " bytes");
            }
            if (produced == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                break;
            }
        }
        if (!inflater.finished() || out.hasRemaining()) {
            throw new DataFormatException("inflates to " + (expected - out.remaining())
                    + " bytes, not " + expected);
        }
    }

    @Override
    public void close() {
        inflater.end();
    }
}
