package io.mapchunk.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positioned reads that fill a buffer: the one loop every reader of file bytes uses. */
public final class ChannelReads {

    private ChannelReads() {}

    /**
     * Fills {@code buffer} from its position to its limit with the file's bytes from
     * {@code offset} on, stopping early only at the end of the file; returns the bytes read.
     */
    public static int fill(FileChannel channel, ByteBuffer buffer, long offset) throws IOException {
        int start = buffer.position();
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position() - start) < 0) {
                break;
            }
        }
        return buffer.position() - start;
    }
}
