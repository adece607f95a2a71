package io.mapchunk.io;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A read-only {@link FileChannel} over the uncompressed bytes of a compressed file: positioned
 * reads and {@link #size()} are in uncompressed coordinates, so every reader of sequence bytes
 * (the split scanner, header lines, index checks, samplers) reads a compressed file as it reads a
 * plain one. It cannot be mapped ({@link #map} fails; readers use positioned reads) nor written.
 */
abstract class InflatingChannel extends ReadOnlyChannel {

    protected final FileChannel compressed;

    InflatingChannel(FileChannel compressed, String path) {
        super(path);
        this.compressed = compressed;
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long offset, long size) {
        throw new UnsupportedOperationException(path + " is compressed: it is read, not mapped");
    }

    @Override
    protected void implCloseChannel() throws IOException {
        compressed.close();
    }
}
