package io.mapchunk.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Reads BGZF blocks of a compressed file through one reused direct buffer: reading on from where
 * the buffer ends fills it whole (sequential scans), a jump reads little more than the block.
 * Every header is verified (gzip magic, deflate, the {@code BC} subfield, a size that fits the
 * file) before its size is believed.
 */
final class BlockReader {

    private final FileChannel channel;
    private final String path;
    private final long fileSize;
    private final ByteBuffer buffer;
    private long bufferStart;
    private int bufferLength;

    BlockReader(FileChannel channel, String path, long fileSize, int bufferSize) {
        this.channel = channel;
        this.path = path;
        this.fileSize = fileSize;
        this.buffer = ByteBuffer.allocateDirect(Math.max(bufferSize, 2 * BgzfBlocks.MAX_BLOCK))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The whole length of the block starting at {@code offset}, from its verified header. */
    int blockLength(long offset) throws IOException {
        int at = ensure(offset, 12);
        if ((buffer.get(at) & 0xff) != 0x1f || (buffer.get(at + 1) & 0xff) != 0x8b
                || buffer.get(at + 2) != 8 || (buffer.get(at + 3) & 4) == 0) {
            throw BgzfBlocks.corrupt(path, offset, "no BGZF block header");
        }
        int extra = buffer.getShort(at + 10) & 0xffff;
        at = ensure(offset, 12 + extra);
        int length = -1;
        for (int field = 12; field + 4 <= 12 + extra; ) {
            int fieldLength = buffer.getShort(at + field + 2) & 0xffff;
            if (buffer.get(at + field) == 'B' && buffer.get(at + field + 1) == 'C'
                    && fieldLength == 2 && field + 6 <= 12 + extra) {
                length = (buffer.getShort(at + field + 4) & 0xffff) + 1;
            }
            field += 4 + fieldLength;
        }
        if (length < 12 + extra + BgzfBlocks.FOOTER) {
            throw BgzfBlocks.corrupt(path, offset, "no valid BC block size field");
        }
        if (offset + length > fileSize) {
            throw new InputFileException(path + ": truncated: the BGZF block at byte " + offset
                    + " runs past the end of the file");
        }
        return length;
    }

    /** The uncompressed size a block states in its last four bytes. */
    int uncompressedSize(long offset, int length) throws IOException {
        int at = ensure(offset, length);
        int size = buffer.getInt(at + length - 4);
        if (size < 0 || size > BgzfBlocks.MAX_BLOCK) {
            throw BgzfBlocks.corrupt(path, offset, "uncompressed size "
                    + Integer.toUnsignedString(size));
        }
        return size;
    }

    /** A view of the whole block at {@code offset} (valid until the next call). */
    ByteBuffer block(long offset, int length) throws IOException {
        int at = ensure(offset, length);
        return buffer.slice(at, length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Makes {@code [offset, offset + length)} buffered; returns where it starts in the buffer. */
    private int ensure(long offset, int length) throws IOException {
        if (offset < bufferStart || offset + length > bufferStart + bufferLength) {
            boolean sequential = offset >= bufferStart && offset <= bufferStart + bufferLength;
            int want = sequential ? buffer.capacity() : 2 * BgzfBlocks.MAX_BLOCK;
            bufferStart = offset;
            bufferLength = ChannelReads.fill(channel,
                    buffer.clear().limit((int) Math.min(want, fileSize - offset)), offset);
            if (bufferLength < length) {
                throw new InputFileException(path + ": truncated: the BGZF block at byte " + offset
                        + " runs past the end of the file");
            }
        }
        return (int) (offset - bufferStart);
    }
}
