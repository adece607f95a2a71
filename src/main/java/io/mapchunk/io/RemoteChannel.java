package io.mapchunk.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * A read-only channel over a file on a file system Flink reaches (HDFS, S3, ...): a positioned read
 * seeks the stream (a no-op when a reader goes on where it stopped, so a split is streamed from
 * its DataNodes) and copies through one reused 64 KiB array into the caller's buffer (a reader's
 * one reused direct buffer). Nothing else is held, so the heap stays flat whatever the file's size.
 *
 * <p>Flink's {@code ByteBufferReadable} positioned read is not used: in Flink 2.3 it fills a heap
 * buffer from its array offset, ignoring the buffer's position, and allocates a new array the
 * size of the request for a direct one.
 */
final class RemoteChannel extends ReadOnlyChannel {

    private static final int COPY = 64 * 1024;

    private final FSDataInputStream in;
    private final long size;
    private final byte[] copy = new byte[COPY];

    RemoteChannel(FSDataInputStream in, String path, long size) {
        super(path);
        this.in = in;
        this.size = size;
    }

    @Override
    public synchronized int read(ByteBuffer dst, long offset) throws IOException {
        if (offset >= size) {
            return -1;
        }
        if (!dst.hasRemaining()) {
            return 0;
        }
        int wanted = (int) Math.min(dst.remaining(), size - offset);
        int limit = dst.limit();
        dst.limit(dst.position() + wanted);
        try {
            return copyFully(dst, offset);
        } catch (EOFException e) {
            throw new InputFileException(path + ": changed while being read (shorter than the "
                    + size + " bytes planned)", e);
        } finally {
            dst.limit(limit);
        }
    }

    private int copyFully(ByteBuffer dst, long offset) throws IOException {
        if (in.getPos() != offset) {
            in.seek(offset);
        }
        int total = 0;
        while (dst.hasRemaining()) {
            int read = in.read(copy, 0, Math.min(copy.length, dst.remaining()));
            if (read < 0) {
                throw new EOFException();
            }
            dst.put(copy, 0, read);
            total += read;
        }
        return total;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    protected void implCloseChannel() throws IOException {
        in.close();
    }
}
