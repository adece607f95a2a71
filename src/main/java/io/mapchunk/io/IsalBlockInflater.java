package io.mapchunk.io;

import com.intel.gkl.compression.IntelInflater;

import java.io.File;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;

/**
 * ISA-L's inflate through GKL's {@link IntelInflater}, which reads and writes {@code byte[]} only
 * (the ByteBuffer methods it inherits drive java.util.zip's stream, not ISA-L's) and inflates its
 * whole input in one call: each block is copied in and out through two reused arrays. GKL 0.8.11's
 * {@code finished()} is true even after a short output, so the size is what is checked: the output
 * array has one spare byte, which catches data that inflates to more than the block's size.
 */
final class IsalBlockInflater implements BlockInflater {

    private final IntelInflater inflater = new IntelInflater(true);
    private final byte[] in = new byte[BgzfBlocks.MAX_BLOCK];
    private final byte[] inflated = new byte[BgzfBlocks.MAX_BLOCK + 1];

    /** Loads GKL's compression library, extracting it into {@code directory}; false if it cannot. */
    static boolean load(File directory) {
        return new IntelInflater(true).load(directory);
    }

    @Override
    public void inflate(ByteBuffer deflated, ByteBuffer out) throws DataFormatException {
        int expected = out.remaining();
        int length = deflated.remaining();
        if (length == 0) {
            throw new DataFormatException("inflates to 0 bytes, not " + expected);
        }
        deflated.get(in, 0, length);
        inflater.reset();
        inflater.setInput(in, 0, length);
        int produced;
        try {
            produced = inflater.inflate(inflated, 0, expected + 1);
        } catch (RuntimeException e) { // how GKL reports ISA-L's errors
            throw new DataFormatException("bad deflate data: " + e.getMessage());
        }
        if (produced > expected) {
            throw new DataFormatException("inflates to more than " + expected + " bytes");
        }
        if (produced < expected) {
            throw new DataFormatException("inflates to " + produced + " bytes, not " + expected);
        }
        out.put(inflated, 0, expected);
    }

    @Override
    public void close() {
        inflater.end();
    }
}
