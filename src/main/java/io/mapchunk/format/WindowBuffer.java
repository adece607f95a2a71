package io.mapchunk.format;

import io.mapchunk.io.ChannelReads;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The one reused direct buffer a window reader fills with positional reads: exactly a window's
 * bytes when windows are sparse, or {@link #BLOCK}-byte reads serving every window they hold when
 * they are dense (less than the reader's gap apart on average). Mapping the stretch a unit's
 * windows lie on touched a fresh page per window, and on the virtual machines this runs on a page
 * fault costs more than a system call: 2,000,000 windows took 2-3x longer mapped, 100,000 windows
 * 3-4x.
 */
final class WindowBuffer {

    static final int BLOCK = 64 * 1024;

    private final FileChannel channel;
    private ByteBuffer buffer = ByteBuffer.allocateDirect(BLOCK);
    private long start;
    private long end;
    private boolean dense;

    WindowBuffer(FileChannel channel) {
        this.channel = channel;
    }

    /** Empties the buffer for a batch of windows, read in blocks when {@code dense}. */
    void startBatch(boolean dense) {
        this.dense = dense;
        start = 0;
        end = 0;
    }

    /**
     * Makes file bytes [first, last) available, reading at most up to {@code limit} ahead (the end
     * of what belongs together) when windows are dense; returns false when the file ended before
     * {@code last}.
     */
    boolean cover(long first, long last, long limit) throws IOException {
        if (first >= start && last <= end) {
            return true;
        }
        int size = (int) (dense ? Math.min(Math.max(last - first, BLOCK), limit - first)
                : last - first);
        if (buffer.capacity() < size) {
            buffer = ByteBuffer.allocateDirect(size);
        }
        buffer.clear().limit(size);
        ChannelReads.fill(channel, buffer, first);
        start = first;
        end = first + buffer.position();
        return end >= last;
    }

    /** Where the bytes read end (after a failed {@link #cover}: where the file did). */
    long end() {
        return end;
    }

    /** The covered bytes [first, last) as a view. */
    ByteBuffer slice(long first, long last) {
        return buffer.slice((int) (first - start), (int) (last - first));
    }

    /** Copies {@code length} bytes from file offset {@code at} into {@code into[offset..]}. */
    void get(long at, byte[] into, int offset, int length) {
        buffer.get((int) (at - start), into, offset, length);
    }
}
