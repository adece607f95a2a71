package io.mapchunk.job;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * A subtask's row file in the client's {@link RowDirectory}, created when the first piece is
 * written, or, when that directory is not visible here, none: each piece then travels as its
 * bytes. The one way the subtasks of a sample hand over the rows they formatted.
 */
final class RowFile implements Closeable {

    private final RowDirectory directory;
    private final boolean visible;
    private FileChannel channel;
    private String name;
    private long end;

    RowFile(RowDirectory directory) {
        this.directory = directory;
        this.visible = directory.visible();
    }

    /** Appends {@code bytes[0, length)} as piece {@code piece} of {@code unit}; what to announce. */
    RowPiece write(long unit, int piece, byte[] bytes, int length) throws IOException {
        if (!visible) {
            return new RowPiece(unit, piece, null, 0, length, Arrays.copyOf(bytes, length));
        }
        if (channel == null) {
            name = "rows-" + UUID.randomUUID();
            channel = FileChannel.open(Path.of(directory.path(), name),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        ByteBuffer wrapped = ByteBuffer.wrap(bytes, 0, length);
        long at = end;
        while (wrapped.hasRemaining()) {
            at += channel.write(wrapped, at);
        }
        RowPiece written = new RowPiece(unit, piece, name, end, length, null);
        end = at;
        return written;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
