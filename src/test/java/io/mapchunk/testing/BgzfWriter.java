package io.mapchunk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * An independent BGZF writer for tests (java.util.zip's Deflater, written from the SAM
 * specification's BGZF section): blocks of at most {@code blockSize} uncompressed bytes, each a
 * gzip member with the {@code BC} extra field, then the 28-byte end-of-file block. Also plain gzip,
 * in one or several members.
 */
public final class BgzfWriter {

    /** The empty block that ends every BGZF file. */
    public static final byte[] EOF_BLOCK = {
        0x1f, (byte) 0x8b, 8, 4, 0, 0, 0, 0, 0, (byte) 0xff, 6, 0, 'B', 'C', 2, 0, 0x1b, 0,
        3, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private BgzfWriter() {}

    /** {@code data} as BGZF in blocks of at most {@code blockSize} bytes (1 to 65280). */
    public static byte[] bgzf(byte[] data, int blockSize, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(level, true);
        byte[] compressed = new byte[70_000];
        for (int start = 0; start < data.length; start += blockSize) {
            int length = Math.min(blockSize, data.length - start);
            deflater.reset();
            deflater.setInput(data, start, length);
            deflater.finish();
            int size = deflater.deflate(compressed);
            if (!deflater.finished()) {
                throw new IllegalStateException("block of " + length + " bytes did not fit");
            }
            CRC32 crc = new CRC32();
            crc.update(data, start, length);
            int total = 18 + size + 8;
            writeHeader(out, total - 1);
            out.write(compressed, 0, size);
            writeInt(out, (int) crc.getValue());
            writeInt(out, length);
        }
        deflater.end();
        out.writeBytes(EOF_BLOCK);
        return out.toByteArray();
    }

    /** {@code data} as plain gzip, cut into {@code members} concatenated members. */
    public static byte[] gzip(byte[] data, int members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int step = Math.max(1, (data.length + members - 1) / members);
        try {
            for (int start = 0; start < Math.max(1, data.length); start += step) {
                try (GZIPOutputStream member = new GZIPOutputStream(new NonClosing(out))) {
                    member.write(data, start, Math.min(step, data.length - start));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeHeader(ByteArrayOutputStream out, int blockSizeMinusOne) {
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 4, 0, 0, 0, 0, 0, (byte) 0xff, 6, 0,
            'B', 'C', 2, 0});
        out.write(blockSizeMinusOne & 0xff);
        out.write(blockSizeMinusOne >>> 8);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        for (int i = 0; i < 4; i++) {
            out.write(value >>> (8 * i));
        }
    }

    /** Lets each member's stream be closed (to write its trailer) without closing the target. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(ByteArrayOutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
