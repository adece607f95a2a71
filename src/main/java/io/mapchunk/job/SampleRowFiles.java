package io.mapchunk.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The client's side of a sample's output: a temporary directory the subtasks write row files to,
 * the pieces they announced, and the join of those pieces in genome order into the result. Pieces
 * that came back as bytes (a subtask that could not see the directory) are spooled to a file here
 * first, so rows are never held in the heap. Closing deletes the directory.
 */
public final class SampleRowFiles implements AutoCloseable {

    private static final String SPOOL = "spool";

    private final Path directory;
    private final RowDirectory target;
    private final List<RowPiece> pieces = new ArrayList<>();
    private FileChannel spool;
    private long spoolEnd;

    private SampleRowFiles(Path directory, String marker) {
        this.directory = directory;
        this.target = new RowDirectory(directory.toString(), marker);
    }

    /** A fresh directory under {@code java.io.tmpdir}, with the marker subtasks look for. */
    static SampleRowFiles create() throws IOException {
        Path directory = Files.createTempDirectory("mapchunk-sample-");
        String marker = "client-" + UUID.randomUUID();
        Files.createFile(directory.resolve(marker));
        return new SampleRowFiles(directory, marker);
    }

    /** Where subtasks are told to write. */
    RowDirectory target() {
        return target;
    }

    /** Takes note of a piece; one carrying bytes is spooled to a local file. */
    void add(RowPiece piece) {
        if (piece.file() != null) {
            pieces.add(piece);
            return;
        }
        try {
            if (spool == null) {
                spool = FileChannel.open(directory.resolve(SPOOL), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, StandardOpenOption.READ);
            }
            ByteBuffer bytes = ByteBuffer.wrap(piece.bytes());
            long at = spoolEnd;
            while (bytes.hasRemaining()) {
                at += spool.write(bytes, at);
            }
            pieces.add(new RowPiece(piece.unit(), piece.piece(), SPOOL, spoolEnd, piece.length(),
                    null));
            spoolEnd = at;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool sampled rows in " + directory, e);
        }
    }

    /**
     * Writes all pieces to {@code out}, unit after unit in genome order. A piece announced twice (a
     * subtask that a session cluster restarted draws its units again, identically) is written once.
     */
    public void writeTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = open()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
            }
        }
        out.flush();
    }

    /** The pieces joined as {@link #writeTo} writes them, as a stream to read at one's own pace. */
    public InputStream open() {
        pieces.sort(Comparator.comparingLong(RowPiece::unit).thenComparingInt(RowPiece::piece));
        return new InputStream() {
            private final Map<String, FileChannel> open = new HashMap<>();
            private final byte[] one = new byte[1];
            private int next;
            private RowPiece piece;
            private long at;

            @Override
            public int read() throws IOException {
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (piece == null || at == piece.offset() + piece.length()) {
                    if (!nextPiece()) {
                        return -1;
                    }
                }
                FileChannel channel = open.get(piece.file());
                if (channel == null) {
                    channel = FileChannel.open(directory.resolve(piece.file()), StandardOpenOption.READ);
                    open.put(piece.file(), channel);
                }
                long end = piece.offset() + piece.length();
                int read = channel.read(ByteBuffer.wrap(into, offset,
                        (int) Math.min(length, end - at)), at);
                if (read < 0) {
                    throw new IOException(directory.resolve(piece.file()) + ": part file shorter"
                            + " than announced (" + end + " bytes)");
                }
                at += read;
                return read;
            }

            private boolean nextPiece() {
                while (next < pieces.size()) {
                    RowPiece candidate = pieces.get(next++);
                    if (piece == null || piece.unit() != candidate.unit()
                            || piece.piece() != candidate.piece()) {
                        piece = candidate;
                        at = piece.offset();
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void close() throws IOException {
                for (FileChannel channel : open.values()) {
                    channel.close();
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        if (spool != null) {
            spool.close();
            spool = null;
        }
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }
}
