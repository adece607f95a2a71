package io.mapchunk.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a plain gzip file (every member, as {@code gzip -d} does) as one forward stream, keeping
 * the last few MiB it inflated in one direct buffer: readers of a single split read forward, and
 * look back at most one read buffer (a header line inside the span they just read). A read
 * before the kept bytes starts the stream again from the beginning. CRC32 and size of every member
 * are checked by {@link GZIPInputStream}.
 */
final class GzipChannel extends InflatingChannel {

    /** Kept bytes: one read buffer of the split scanner and room to read on. */
    private static final int WINDOW = (4 << 20) + (1 << 20);
    private static final int STEP = 64 * 1024;

    private final long size;
    private final ByteBuffer window = ByteBuffer.allocateDirect(WINDOW);
    private final byte[] step = new byte[STEP];
    private InputStream stream;
    private long windowStart;
    private int windowLength;
    private boolean ended;

    GzipChannel(FileChannel compressed, String path, long size) {
        super(compressed, path);
        this.size = size;
    }

    /** The uncompressed size of a gzip file, by inflating it all once. */
    static long measure(FileChannel compressed, String path) throws IOException {
        compressed.position(0);
        InputStream in = open(compressed);
        byte[] buffer = new byte[STEP];
        long total = 0;
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                total += read;
            }
        } catch (ZipException | EOFException e) {
            throw corrupt(path, e);
        }
        return total;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int read(ByteBuffer dst, long offset) throws IOException {
        if (!dst.hasRemaining()) {
            return 0;
        }
        if (stream == null || offset < windowStart) {
            restart();
        }
        try {
            while (offset + dst.remaining() > windowStart + windowLength && !ended) {
                if (windowLength == WINDOW || offset > windowStart + windowLength) {
                    drop(Math.min(offset - windowStart, windowLength));
                    if (windowLength == WINDOW) {
                        break; // a read longer than the window gets what the window holds
                    }
                }
                int read = stream.read(step, 0, Math.min(STEP, WINDOW - windowLength));
                if (read < 0) {
                    ended = true;
                } else {
                    window.put(windowLength, step, 0, read);
                    windowLength += read;
                }
            }
        } catch (ZipException | EOFException e) {
            throw corrupt(path, e);
        }
        long available = windowStart + windowLength - offset;
        if (available <= 0) {
            return -1;
        }
        int length = (int) Math.min(dst.remaining(), available);
        dst.put(dst.position(), window, (int) (offset - windowStart), length);
        dst.position(dst.position() + length);
        return length;
    }

    /** Forgets the first {@code count} kept bytes. */
    private void drop(long count) {
        int keep = windowLength - (int) count;
        window.put(0, window, (int) count, keep);
        windowStart += count;
        windowLength = keep;
    }

    private void restart() throws IOException {
        compressed.position(0);
        stream = open(compressed);
        windowStart = 0;
        windowLength = 0;
        ended = false;
    }

    private static InputStream open(FileChannel compressed) throws IOException {
        return new GZIPInputStream(Channels.newInputStream(compressed), STEP);
    }

    private static InputFileException corrupt(String path, IOException e) {
        return new InputFileException(path + ": corrupt or truncated gzip data (" + e.getMessage()
                + ")", e);
    }
}
