package io.mapchunk.analysis.sample;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.InputFileException;
import io.mapchunk.io.MappedRegion;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Copies the bases of windows out of the mapped file, given in file order: maps one stretch at a
 * time (up to {@link #SPAN} bytes, only as far as the windows asked for reach) so that only the
 * pages holding requested bases are ever touched.
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
     * The {@code length} bases at {@code pos} of {@code entry}. {@code reach} is the file offset up
     * to which later windows of the same batch lie, so one mapping can serve them all.
     */
    byte[] read(FaiEntry entry, long pos, int length, long reach) throws IOException {
        long first = entry.offsetOf(pos);
        long end = entry.offsetOf(pos + length - 1) + 1;
        if (region == null || first < region.fileOffset() || end > region.fileEnd()) {
            close();
            long mapEnd = Math.max(end, Math.min(reach, first + SPAN));
            region = MappedRegion.map(channel, first, mapEnd - first);
        }
        byte[] bases = new byte[length];
        int done = 0;
        long p = pos;
        while (done < length) {
            int run = (int) Math.min(length - done, entry.lineBases() - p % entry.lineBases());
            region.view(entry.offsetOf(p), run).get(bases, done, run);
            done += run;
            p += run;
        }
        for (byte b : bases) {
            if (b == '\n' || b == '\r' || b == '>') {
                throw new InputFileException(path + ": the index does not match the file around"
                        + " byte " + first + " (sequence '" + entry.name() + "'); rebuild it");
            }
        }
        return bases;
    }

    @Override
    public void close() {
        if (region != null) {
            region.close();
            region = null;
        }
    }
}
