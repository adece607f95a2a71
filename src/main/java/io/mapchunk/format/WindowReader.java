package io.mapchunk.format;

import io.mapchunk.io.Bytes;
import io.mapchunk.io.InputFileException;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Copies the bases of windows out of a text file, given in file order, through a
 * {@link WindowBuffer}: windows less than {@link #DENSE_GAP} bytes apart on average are read in
 * blocks; the index's line arithmetic leaves the line ends out.
 */
final class WindowReader implements WindowSource {

    static final long DENSE_GAP = 8 * 1024;

    private final WindowBuffer buffer;
    private final String path;
    private final GenomeCoordinates coordinates;

    WindowReader(FileChannel channel, String path, GenomeCoordinates coordinates) {
        this.buffer = new WindowBuffer(channel);
        this.path = path;
        this.coordinates = coordinates;
    }

    @Override
    public void startBatch(long gap) {
        buffer.startBatch(gap < DENSE_GAP);
    }

    @Override
    public void read(int record, long pos, int length, byte[] bases) throws IOException {
        long first = coordinates.offsetOf(record, pos);
        long end = coordinates.offsetOf(record, pos + length - 1) + 1;
        if (!buffer.cover(first, end, Long.MAX_VALUE)) {
            throw mismatch(first, record);
        }
        int done = 0;
        while (done < length) {
            long at = coordinates.offsetOf(record, pos + done);
            int run = (int) Math.min(length - done,
                    coordinates.lineBasesEnd(record, coordinates.lineOf(record, at)) - at);
            buffer.get(at, bases, done, run);
            done += run;
        }
        for (int i = 0; i < length; i++) {
            byte b = bases[i];
            if (Bytes.isLineEnd(b) || b == '>') {
                throw mismatch(first, record);
            }
        }
    }

    private InputFileException mismatch(long first, int record) {
        return new InputFileException(path + ": the index does not match the file around byte "
                + first + " (sequence '" + coordinates.entry(record).name() + "'); rebuild it");
    }
}
