package io.mapchunk.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;

/**
 * Positioned reads of a BGZF file's uncompressed bytes. Only the blocks a read touches are
 * inflated: a block wholly inside the read straight into the caller's buffer, a block cut by the
 * read's ends into one reused 64 KiB buffer that serves the next read too (windows read in file
 * order touch each block once), by the {@link BlockInflaters} choice. Every inflated block is
 * checked: its header, that it ends where the next block starts, its CRC32 and its uncompressed
 * size.
 */
final class BgzfChannel extends InflatingChannel {

    private static final int READ_AHEAD = 1 << 20;

    private final BgzfBlocks blocks;
    private final BlockReader reader;
    private final BlockInflater inflater = BlockInflaters.create();
    private final CRC32 crc = new CRC32();
    private final ByteBuffer cached = ByteBuffer.allocateDirect(BgzfBlocks.MAX_BLOCK);
    private int cachedBlock = -1;

    BgzfChannel(FileChannel compressed, String path, BgzfBlocks blocks) throws IOException {
        super(compressed, path);
        this.blocks = blocks;
        this.reader = new BlockReader(compressed, path, compressed.size(), READ_AHEAD);
    }

    @Override
    public long size() {
        return blocks.uncompressedSize();
    }

    @Override
    public int read(ByteBuffer dst, long offset) throws IOException {
        if (!dst.hasRemaining()) {
            return 0;
        }
        if (offset >= size()) {
            return -1;
        }
        int start = dst.position();
        long position = offset;
        while (dst.hasRemaining() && position < size()) {
            int block = blocks.blockAt(position);
            long blockStart = blocks.uncompressedStart(block);
            int blockSize = (int) (blocks.uncompressedStart(block + 1) - blockStart);
            if (block != cachedBlock && position == blockStart && dst.remaining() >= blockSize) {
                inflate(block, dst.slice(dst.position(), blockSize));
                dst.position(dst.position() + blockSize);
                position += blockSize;
            } else {
                if (block != cachedBlock) {
                    cachedBlock = -1;
                    inflate(block, cached.clear().limit(blockSize));
                    cachedBlock = block;
                }
                int from = (int) (position - blockStart);
                int length = Math.min(dst.remaining(), blockSize - from);
                dst.put(dst.position(), cached, from, length);
                dst.position(dst.position() + length);
                position += length;
            }
        }
        return dst.position() - start;
    }

    /** Inflates block {@code block} into {@code out}, whose remaining bytes are its exact size. */
    private void inflate(int block, ByteBuffer out) throws IOException {
        long offset = blocks.compressedStart(block);
        int length = reader.blockLength(offset);
        if (offset + length != blocks.compressedStart(block + 1)) {
            throw mismatch(offset, "it ends at byte " + (offset + length) + ", the next block"
                    + " starts at " + blocks.compressedStart(block + 1));
        }
        ByteBuffer bytes = reader.block(offset, length);
        int expected = out.remaining();
        int stated = bytes.getInt(length - 4);
        if (stated != expected) {
            throw mismatch(offset, "it holds " + Integer.toUnsignedString(stated)
                    + " bytes, the block table says " + expected);
        }
        int dataStart = 12 + (bytes.getShort(10) & 0xffff);
        int outStart = out.position();
        try {
            inflater.inflate(bytes.slice(dataStart, length - dataStart - BgzfBlocks.FOOTER), out);
        } catch (DataFormatException e) {
            throw BgzfBlocks.corrupt(path, offset, e.getMessage());
        }
        crc.reset();
        crc.update(out.flip().position(outStart));
        if ((int) crc.getValue() != bytes.getInt(length - BgzfBlocks.FOOTER)) {
            throw BgzfBlocks.corrupt(path, offset, "CRC mismatch");
        }
    }

    private InputFileException mismatch(long offset, String what) {
        return blocks.fromGzi()
                ? new InputFileException(BgzfBlocks.gziPath(Path.of(path))
                        + " does not match " + path + " (stale or foreign index; delete it or"
                        + " rebuild it with 'mapchunk index'): block at byte " + offset + ": " + what)
                : BgzfBlocks.corrupt(path, offset, what);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        inflater.close();
        super.implCloseChannel();
    }
}
