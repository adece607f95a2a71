package io.mapchunk.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A read-only {@link FileChannel} whose bytes come from somewhere other than a local file (a
 * compressed file's inflated blocks, a remote file system): subclasses give positioned reads and
 * {@link #size()}; the rest (relative reads, position) follows, and it cannot be mapped (readers
 * use positioned reads), written, transferred or locked.
 */
abstract class ReadOnlyChannel extends FileChannel {

    protected final String path;
    private long position;

    ReadOnlyChannel(String path) {
        this.path = path;
    }

    /** Reads bytes at {@code offset} into {@code dst}; -1 at or past the end. */
    @Override
    public abstract int read(ByteBuffer dst, long offset) throws IOException;

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int read = read(dst, position);
        if (read > 0) {
            position += read;
        }
        return read;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            int read = read(dsts[i]);
            if (read < 0) {
                return total == 0 ? -1 : total;
            }
            total += read;
            if (dsts[i].hasRemaining()) {
                break;
            }
        }
        return total;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public FileChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long offset, long size) {
        throw new UnsupportedOperationException(path + " is read, not mapped");
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new NonWritableChannelException();
    }

    @Override
    public int write(ByteBuffer src, long offset) {
        throw new NonWritableChannelException();
    }

    @Override
    public FileChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public void force(boolean metaData) {}

    @Override
    public long transferTo(long offset, long count, WritableByteChannel target) {
        throw new UnsupportedOperationException(path + ": this input is read, not transferred");
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long offset, long count) {
        throw new NonWritableChannelException();
    }

    @Override
    public FileLock lock(long offset, long size, boolean shared) {
        throw new UnsupportedOperationException(path + ": this input is not locked");
    }

    @Override
    public FileLock tryLock(long offset, long size, boolean shared) {
        throw new UnsupportedOperationException(path + ": this input is not locked");
    }
}
