package io.mapchunk.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where every block of a BGZF file starts, in compressed and in uncompressed coordinates: what
 * random access and the {@code .gzi} index need. Taken from {@code INPUT.gzi} when it exists (then
 * checked against the file: its last block must end where the end-of-file marker starts, and every
 * block read later must start and end where the table says), else by hopping from block 0 through
 * the chain of block headers, each of which states its compressed size and ends with its
 * uncompressed size (a few bytes are parsed per block; the file is read through in 1 MiB pieces),
 * so no candidate header inside compressed data is ever taken for one. The file must end with
 * BGZF's empty end-of-file block: a file without it is refused as truncated, where samtools only
 * warns.
 *
 * <p>{@code .gzi} layout (htslib's {@code bgzf_index_dump}): a little-endian uint64 count, then a
 * (compressed offset, uncompressed offset) uint64 pair for every block but the first (at 0/0) and
 * the final end-of-file block.
 */
public final class BgzfBlocks {

    /** CRC32 and ISIZE after the deflate data. */
    static final int FOOTER = 8;
    static final int MAX_BLOCK = 1 << 16;
    private static final int WALK_BUFFER = 1 << 20;

    /** Block starts; entry {@code count()} is the file size. */
    private final long[] compressed;
    /** Uncompressed starts; entry {@code count()} is the uncompressed size. */
    private final long[] uncompressed;
    private final boolean fromGzi;

    private BgzfBlocks(long[] compressed, long[] uncompressed, boolean fromGzi) {
        this.compressed = compressed;
        this.uncompressed = uncompressed;
        this.fromGzi = fromGzi;
    }

    /** The {@code .gzi} beside a BGZF file. */
    public static Path gziPath(Path file) {
        return Path.of(file + ".gzi");
    }

    /** The blocks of the BGZF file open in {@code channel}: from its {@code .gzi}, else walked. */
    static BgzfBlocks of(FileChannel channel, Path path) throws IOException {
        Path gzi = gziPath(path);
        return Files.exists(gzi) ? fromGzi(channel, path, gzi) : walk(channel, path.toString());
    }

    /** The blocks of a BGZF file found by {@link #walk}, whatever {@code .gzi} is beside it. */
    public static BgzfBlocks walk(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return walk(channel, path.toString());
        }
    }

    /** Hops from block 0 to the end of the file, one header at a time. */
    static BgzfBlocks walk(FileChannel channel, String path) throws IOException {
        long size = channel.size();
        BlockReader reader = new BlockReader(channel, path, size, WALK_BUFFER);
        LongList starts = new LongList();
        LongList ustarts = new LongList();
        long offset = 0;
        long uoffset = 0;
        int lastSize = -1;
        while (offset < size) {
            int length = reader.blockLength(offset);
            lastSize = reader.uncompressedSize(offset, length);
            starts.add(offset);
            ustarts.add(uoffset);
            offset += length;
            uoffset += lastSize;
        }
        if (lastSize != 0) {
            throw new InputFileException(path + ": BGZF file without its end-of-file marker block"
                    + " (truncated?)");
        }
        starts.add(size);
        ustarts.add(uoffset);
        return new BgzfBlocks(starts.toArray(), ustarts.toArray(), false);
    }

    private static BgzfBlocks fromGzi(FileChannel channel, Path path, Path gzi) throws IOException {
        String stale = gzi + " does not match " + path + " (stale or foreign index; delete it or"
                + " rebuild it with 'mapchunk index')";
        long gziSize = Files.size(gzi);
        long size = channel.size();
        ByteBuffer bytes;
        try (FileChannel in = FileChannel.open(gzi, StandardOpenOption.READ)) {
            if (gziSize < 8 || (gziSize - 8) % 16 != 0 || (gziSize - 8) / 16 > size / 28) {
                throw new InputFileException(stale + ": not a .gzi for it (" + gziSize + " bytes)");
            }
            bytes = ByteBuffer.allocate((int) gziSize).order(ByteOrder.LITTLE_ENDIAN);
            ChannelReads.fill(in, bytes, 0);
        }
        int count = (int) ((gziSize - 8) / 16);
        if (bytes.getLong(0) != count) {
            throw new InputFileException(stale + ": its count says " + bytes.getLong(0)
                    + " blocks, it holds " + count);
        }
        long[] starts = new long[count + 3];
        long[] ustarts = new long[count + 3];
        for (int i = 1; i <= count; i++) {
            starts[i] = bytes.getLong(8 + 16 * (i - 1));
            ustarts[i] = bytes.getLong(16 + 16 * (i - 1));
            if (starts[i] <= starts[i - 1] || ustarts[i] < ustarts[i - 1] || starts[i] >= size) {
                throw new InputFileException(stale + ": entry " + i + " is out of order or past"
                        + " the end of the file");
            }
        }
        BlockReader reader = new BlockReader(channel, path.toString(), size, 2 * MAX_BLOCK);
        try {
            long last = starts[count];
            int length = reader.blockLength(last);
            int lastSize = reader.uncompressedSize(last, length);
            long end = last + length;
            int eofLength = end < size ? reader.blockLength(end) : 0;
            if (end >= size || end + eofLength != size || reader.uncompressedSize(end, eofLength) != 0) {
                throw new InputFileException(stale + ": its last block is not followed by the"
                        + " end-of-file marker");
            }
            starts[count + 1] = end;
            ustarts[count + 1] = ustarts[count] + lastSize;
        } catch (InputFileException e) {
            throw e.getMessage().startsWith(stale) ? e
                    : new InputFileException(stale + ": " + e.getMessage(), e);
        }
        starts[count + 2] = size;
        ustarts[count + 2] = ustarts[count + 1];
        return new BgzfBlocks(starts, ustarts, true);
    }

    static InputFileException corrupt(String path, long offset, String what) {
        return new InputFileException(path + ": corrupt BGZF block at byte " + offset + " (" + what
                + ")");
    }

    public int count() {
        return compressed.length - 1;
    }

    public long uncompressedSize() {
        return uncompressed[count()];
    }

    long compressedStart(int block) {
        return compressed[block];
    }

    long uncompressedStart(int block) {
        return uncompressed[block];
    }

    boolean fromGzi() {
        return fromGzi;
    }

    /** The block holding uncompressed byte {@code offset} (below the uncompressed size). */
    int blockAt(long offset) {
        int found = Arrays.binarySearch(uncompressed, 0, count(), offset);
        if (found < 0) {
            return -found - 2;
        }
        while (found + 1 < count() && uncompressed[found + 1] == offset) {
            found++; // empty blocks share their start with the next one
        }
        return found;
    }

    /** Writes the {@code .gzi} samtools writes for this file. */
    public void writeGzi(OutputStream out) throws IOException {
        int entries = Math.max(0, count() - 2);
        ByteBuffer buffer = ByteBuffer.allocate(8 + 16 * entries).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(entries);
        for (int i = 1; i <= entries; i++) {
            buffer.putLong(compressed[i]).putLong(uncompressed[i]);
        }
        out.write(buffer.array());
    }
}
