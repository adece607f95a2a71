package io.mapchunk.analysis.sample;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.io.InputFileException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Copies the bases of windows out of the file, given in file order, with positional reads into one
 * reused direct buffer. Sparse windows are read one by one, exactly their bytes; dense ones (less
 * than {@link #DENSE_GAP} apart on average) through {@link #BLOCK}-sized reads, each serving every
 * window it holds. Mapping the stretch a unit's windows lie on touched a fresh page per window, and
 * on the virtual machines this runs on a page fault costs more than a system call: 2,000,000
 * windows took 2-3x longer mapped, 100,000 windows 3-4x.
 */
final class WindowReader {

    static final int BLOCK = 64 * 1024;
    static final long DENSE_GAP = 8 * 1024;

    private final FileChannel channel;
    private final String path;
    private ByteBuffer buffer = ByteBuffer.allocateDirect(BLOCK);
    private long bufferStart;
    private long bufferEnd;
    private boolean dense;

    WindowReader(FileChannel channel, String path) {
        this.channel = channel;
        this.path = path;
    }

    /** Starts a batch of windows whose starts lie {@code gap} file bytes apart on average. */
    void startBatch(long gap) {
        dense = gap < DENSE_GAP;
        bufferStart = 0;
        bufferEnd = 0;
    }

    /** Copies the {@code length} bases at {@code pos} of {@code entry} into {@code bases[0..length)}. */
    void read(FaiEntry entry, long pos, int length, byte[] bases) throws IOException {
        long first = entry.offsetOf(pos);
        long end = entry.offsetOf(pos + length - 1) + 1;
        if (first < bufferStart || end > bufferEnd) {
            fill(first, end, entry);
        }
        int done = 0;
        long p = pos;
        while (done < length) {
            int run = (int) Math.min(length - done, entry.lineBases() - p % entry.lineBases());
            buffer.get((int) (entry.offsetOf(p) - bufferStart), bases, done, run);
            done += run;
            p += run;
        }
        for (int i = 0; i < length; i++) {
            byte b = bases[i];
            if (b == '\n' || b == '\r' || b == '>') {
                throw mismatch(first, entry);
            }
        }
    }

    private void fill(long first, long end, FaiEntry entry) throws IOException {
        int size = (int) (dense ? Math.max(end - first, BLOCK) : end - first);
        if (buffer.capacity() < size) {
            buffer = ByteBuffer.allocateDirect(size);
        }
        buffer.clear().limit(size);
        while (buffer.hasRemaining() && channel.read(buffer, first + buffer.position()) >= 0) {
            // until full or at the end of the file
        }
        bufferStart = first;
        bufferEnd = first + buffer.position();
        if (bufferEnd < end) {
            throw mismatch(first, entry);
        }
    }

    private InputFileException mismatch(long first, FaiEntry entry) {
        return new InputFileException(path + ": the index does not match the file around byte "
                + first + " (sequence '" + entry.name() + "'); rebuild it");
    }
}
