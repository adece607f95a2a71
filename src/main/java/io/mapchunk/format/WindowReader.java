package io.mapchunk.format;

import io.mapchunk.io.ChannelReads;
import io.mapchunk.io.Bytes;
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
final class WindowReader implements WindowSource {

    static final int BLOCK = 64 * 1024;
    static final long DENSE_GAP = 8 * 1024;

    private final FileChannel channel;
    private final String path;
    private final GenomeCoordinates coordinates;
    private ByteBuffer buffer = ByteBuffer.allocateDirect(BLOCK);
    private long bufferStart;
    private long bufferEnd;
    private boolean dense;

    WindowReader(FileChannel channel, String path, GenomeCoordinates coordinates) {
        this.channel = channel;
        this.path = path;
        this.coordinates = coordinates;
    }

    @Override
    public void startBatch(long gap) {
        dense = gap < DENSE_GAP;
        bufferStart = 0;
        bufferEnd = 0;
    }

    @Override
    public void read(int record, long pos, int length, byte[] bases) throws IOException {
        long first = coordinates.offsetOf(record, pos);
        long end = coordinates.offsetOf(record, pos + length - 1) + 1;
        if (first < bufferStart || end > bufferEnd) {
            fill(first, end, record);
        }
        int done = 0;
        while (done < length) {
            long at = coordinates.offsetOf(record, pos + done);
            int run = (int) Math.min(length - done,
                    coordinates.lineBasesEnd(record, coordinates.lineOf(record, at)) - at);
            buffer.get((int) (at - bufferStart), bases, done, run);
            done += run;
        }
        for (int i = 0; i < length; i++) {
            byte b = bases[i];
            if (Bytes.isLineEnd(b) || b == '>') {
                throw mismatch(first, record);
            }
        }
    }

    private void fill(long first, long end, int record) throws IOException {
        int size = (int) (dense ? Math.max(end - first, BLOCK) : end - first);
        if (buffer.capacity() < size) {
            buffer = ByteBuffer.allocateDirect(size);
        }
        buffer.clear().limit(size);
        ChannelReads.fill(channel, buffer, first);
        bufferStart = first;
        bufferEnd = first + buffer.position();
        if (bufferEnd < end) {
            throw mismatch(first, record);
        }
    }

    private InputFileException mismatch(long first, int record) {
        return new InputFileException(path + ": the index does not match the file around byte "
                + first + " (sequence '" + coordinates.entry(record).name() + "'); rebuild it");
    }
}
