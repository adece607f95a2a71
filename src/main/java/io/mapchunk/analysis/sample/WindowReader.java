package io.mapchunk.analysis.sample;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.InputFileException;
import io.mapchunk.io.MappedRegion;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Copies the bases of windows out of the mapped file, given in file order: maps one stretch at a
 * time (up to {@link #SPAN} bytes, only as far as the windows asked for reach) so that only the
 * pages holding requested bases are ever touched. Bases go into the caller's array: no allocation
 * per window.
 */
final class WindowReader implements AutoCloseable {

    static final long SPAN = 64L << 20;

    private final FileChannel channel;
    private final String path;
    private MappedRegion region;

    WindowReader(FileChannel channel, String path) {
        this.channel = channel;
        this.path = path;
    }

    /**
     * Copies the {@code length} bases at {@code pos} of {@code entry} into {@code bases[0..length)}.
     * {@code reach} is the file offset up to which later windows of the same batch lie, so one
     * mapping can serve them all.
     */
    void read(FaiEntry entry, long pos, int length, long reach, byte[] bases) throws IOException {
        long first = entry.offsetOf(pos);
        long end = entry.offsetOf(pos + length - 1) + 1;
        if (region == null || first < region.fileOffset() || end > region.fileEnd()) {
            close();
            long mapEnd = Math.max(end, Math.min(reach, first + SPAN));
            region = MappedRegion.map(channel, first, mapEnd - first);
        }
        int done = 0;
        long p = pos;
        while (done < length) {
            int run = (int) Math.min(length - done, entry.lineBases() - p % entry.lineBases());
            region.copy(entry.offsetOf(p), bases, done, run);
            done += run;
            p += run;
        }
        for (int i = 0; i < length; i++) {
            byte b = bases[i];
            if (b == '\n' || b == '\r' || b == '>') {
                throw new InputFileException(path + ": the index does not match the file around"
                        + " byte " + first + " (sequence '" + entry.name() + "'); rebuild it");
            }
        }
    }

    @Override
    public void close() {
        if (region != null) {
            region.close();
            region = null;
        }
    }
}
