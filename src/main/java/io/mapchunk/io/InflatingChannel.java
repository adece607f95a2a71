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
 * A read-only {@link FileChannel} over the uncompressed bytes of a compressed file: positioned
 * reads and {@link #size()} are in uncompressed coordinates, so every reader of sequence bytes
 * (the split scanner, header lines, index checks, samplers) reads a compressed file as it reads a
 * plain one. It cannot be mapped ({@link #map} fails; readers use positioned reads) nor written.
 */
abstract class InflatingChannel extends FileChannel {

    protected final FileChannel compressed;
    protected final String path;
    private long position;

    InflatingChannel(FileChannel compressed, String path) {
        this.compressed = compressed;
        this.path = path;
    }

    /** Reads uncompressed bytes at {@code offset} into {@code dst}; -1 at or past the end. */
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
        throw new UnsupportedOperationException(path + " is compressed: it is read, not mapped");
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
        throw new UnsupportedOperationException(path + ": compressed input is read, not transferred");
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long offset, long count) {
        throw new NonWritableChannelException();
    }

    @Override
    public FileLock lock(long offset, long size, boolean shared) {
        throw new UnsupportedOperationException(path + ": compressed input is not locked");
    }

    @Override
    public FileLock tryLock(long offset, long size, boolean shared) {
        throw new UnsupportedOperationException(path + ": compressed input is not locked");
    }

    @Override
    protected void implCloseChannel() throws IOException {
        compressed.close();
    }
}
