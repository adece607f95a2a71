package io.mapchunk.format;

import io.mapchunk.io.ChannelReads;
import io.mapchunk.io.InputFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A UCSC {@code .2bit} file's header, index and record headers: versions 0 (32-bit record offsets)
 * and 1 (64-bit), either byte order. Every offset, length and block list is checked against the
 * file, so a damaged file is refused with one line before any job reads it. Only the small parts
 * are held: names and record headers; block lists stay on disk ({@link TwoBitBlocks}).
 *
 * <p>The records must lie in the file in index order without overlapping (as {@code faToTwoBit}
 * writes them): splits are byte ranges of the file, and stitching assumes file order is record
 * order.
 */
public final class TwoBitFile implements FormatHeader {

    /** The signature, as a uint32 in the file's byte order. */
    public static final int SIGNATURE = 0x1A412743;

    private static final long serialVersionUID = 1L;
    private static final int HEADER = 16;

    private final String path;
    private final boolean bigEndian;
    private final int version;
    private final List<TwoBitRecord> records;

    private TwoBitFile(String path, boolean bigEndian, int version, List<TwoBitRecord> records) {
        this.path = path;
        this.bigEndian = bigEndian;
        this.version = version;
        this.records = records;
    }

    /**
     * Reads and checks the header, index, record headers and every block list, once per run
     * ({@link TwoBitFormat#inspect}): readers take the result from the inspected file.
     */
    static TwoBitFile read(FileChannel channel, String path, long size) throws IOException {
        return parse(channel, path, size);
    }

    /** The header parsed when {@code file} was inspected. */
    public static TwoBitFile of(SequenceFile file) {
        if (!(file.header() instanceof TwoBitFile twoBit)) {
            throw new IllegalArgumentException(file.path() + " is not a .2bit file");
        }
        return twoBit;
    }

    /** True when {@code head} starts with the .2bit signature in either byte order. */
    public static boolean hasSignature(byte[] head, int length) {
        if (length < 4) {
            return false;
        }
        int little = ByteBuffer.wrap(head, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        return little == SIGNATURE || Integer.reverseBytes(little) == SIGNATURE;
    }

    private static TwoBitFile parse(FileChannel channel, String path, long size)
            throws IOException {
        if (size < HEADER) {
            throw new InputFileException(path + ": truncated .2bit file (" + size
                    + " bytes; the header alone needs 16)");
        }
        Cursor in = new Cursor(channel, path, size, 0);
        int signature = in.order(ByteOrder.LITTLE_ENDIAN).int32();
        boolean bigEndian = signature != SIGNATURE;
        if (bigEndian) {
            in.order(ByteOrder.BIG_ENDIAN);
        }
        long version = in.uint32();
        if (version > 1) {
            throw new InputFileException(path + ": unsupported .2bit version " + version
                    + " (0 and 1 are known)");
        }
        long count = in.uint32();
        in.uint32(); // reserved
        long smallestEntry = 2 + (version == 0 ? 4 : 8);
        long smallestRecord = 16;
        if (HEADER + count * (smallestEntry + smallestRecord) > size) {
            throw new InputFileException(path + ": record count " + count
                    + " does not fit the file (" + size + " bytes)");
        }
        String[] names = new String[(int) count];
        long[] offsets = new long[(int) count];
        for (int r = 0; r < count; r++) {
            int nameLength = in.uint8();
            if (nameLength == 0) {
                throw new InputFileException(path + ": record " + (r + 1)
                        + " has an empty name in the .2bit index");
            }
            names[r] = in.string(nameLength);
            offsets[r] = version == 0 ? in.uint32() : in.int64();
        }
        long indexEnd = in.position();
        List<TwoBitRecord> records = new ArrayList<>((int) count);
        long previousEnd = indexEnd;
        long logical = 0;
        Cursor header = new Cursor(channel, path, size, 0).order(in.order);
        for (int r = 0; r < count; r++) {
            long offset = offsets[r];
            if (offset < 0 || offset > size - smallestRecord) {
                throw new InputFileException(path + ": offset " + Long.toUnsignedString(offset)
                        + " of record '" + names[r] + "' is past the end of the file (" + size
                        + " bytes)");
            }
            if (offset < previousEnd) {
                throw new InputFileException(path + ": record '" + names[r] + "' at byte " + offset
                        + " overlaps the index or the record before it (records must follow the"
                        + " index in file order)");
            }
            header.seek(offset);
            long dnaSize = header.uint32();
            long nCount = header.uint32();
            long nBlocks = header.position();
            header.seek(checkedEnd(path, names[r], nBlocks, 8 * nCount, size));
            long maskCount = header.uint32();
            long maskBlocks = header.position();
            long packed = checkedEnd(path, names[r], maskBlocks, 8 * maskCount + 4, size);
            TwoBitRecord record = new TwoBitRecord(names[r], dnaSize, nBlocks, nCount, maskBlocks,
                    maskCount, packed, logical);
            checkedEnd(path, names[r], packed, record.packedBytes(), size);
            ByteOrder order = bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            checkBlocks(new TwoBitBlocks(channel, path, order, nBlocks, nCount), path, record,
                    "N");
            checkBlocks(new TwoBitBlocks(channel, path, order, maskBlocks, maskCount), path,
                    record, "mask");
            records.add(record);
            previousEnd = record.packedEnd();
            logical += dnaSize;
        }
        return new TwoBitFile(path, bigEndian, (int) version, List.copyOf(records));
    }

    private static long checkedEnd(String path, String name, long from, long length, long size) {
        if (from + length > size) {
            throw new InputFileException(path + ": truncated .2bit file: record '" + name
                    + "' needs bytes up to " + (from + length) + ", the file has " + size);
        }
        return from + length;
    }

    private static void checkBlocks(TwoBitBlocks blocks, String path, TwoBitRecord record,
            String kind) throws IOException {
        long previousEnd = 0;
        for (long i = 0; blocks.next(); i++) {
            if (blocks.start() < previousEnd) {
                throw new InputFileException(path + ": " + kind + " blocks of '" + record.name()
                        + "' out of order or overlapping at block " + (i + 1) + " (start "
                        + blocks.start() + ")");
            }
            if (blocks.end() > record.dnaSize()) {
                throw new InputFileException(path + ": " + kind + " block " + (i + 1) + " of '"
                        + record.name() + "' [" + blocks.start() + ", " + blocks.end()
                        + ") lies outside the sequence (" + record.dnaSize() + " bases)");
            }
            previousEnd = blocks.end();
        }
    }

    public String path() {
        return path;
    }

    public int version() {
        return version;
    }

    /** The byte order of the file's integers. */
    public ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    /** The records in index order (which is also file order). */
    public List<TwoBitRecord> records() {
        return records;
    }

    /** A cursor over a record's N blocks. */
    public TwoBitBlocks nBlocks(FileChannel channel, TwoBitRecord record) {
        return new TwoBitBlocks(channel, path, order(), record.nBlocks(), record.nCount());
    }

    /** A cursor over a record's mask (lowercase) blocks. */
    public TwoBitBlocks maskBlocks(FileChannel channel, TwoBitRecord record) {
        return new TwoBitBlocks(channel, path, order(), record.maskBlocks(), record.maskCount());
    }

    /**
     * The index of the logical text space: one line per record with bases (as a FASTA index
     * leaves empty records out), each record one line at its logical start. With it
     * {@link GenomeCoordinates} places the bases of a .2bit as it does a FASTA's.
     */
    public FastaIndex index() {
        List<FaiEntry> entries = new ArrayList<>(records.size());
        for (TwoBitRecord record : records) {
            if (record.dnaSize() > 0) {
                entries.add(new FaiEntry(record.name(), record.dnaSize(), record.logicalStart(),
                        record.dnaSize(), record.dnaSize()));
            }
        }
        return new FastaIndex(entries);
    }

    /** Buffered positioned reads of the header and index; EOF is a truncated file. */
    private static final class Cursor {
        private final FileChannel channel;
        private final String path;
        private final long size;
        private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        private long bufferStart;

        Cursor(FileChannel channel, String path, long size, long position) {
            this.channel = channel;
            this.path = path;
            this.size = size;
            seek(position);
        }

        Cursor order(ByteOrder byteOrder) {
            this.order = byteOrder;
            buffer.order(byteOrder);
            return this;
        }

        void seek(long position) {
            bufferStart = position;
            buffer.clear().limit(0);
        }

        long position() {
            return bufferStart + buffer.position();
        }

        private void need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            long at = position();
            if (at + bytes > size) {
                throw new InputFileException(path + ": truncated .2bit file (needs byte "
                        + (at + bytes - 1) + ", has " + size + ")");
            }
            buffer.clear().limit((int) Math.min(buffer.capacity(), size - at));
            bufferStart = at;
            ChannelReads.fill(channel, buffer, at);
            buffer.flip();
            if (buffer.remaining() < bytes) {
                throw new InputFileException(path + ": truncated .2bit file (ends at byte "
                        + (at + buffer.remaining()) + ")");
            }
        }

        int uint8() throws IOException {
            need(1);
            return buffer.get() & 0xff;
        }

        int int32() throws IOException {
            need(4);
            return buffer.getInt();
        }

        long uint32() throws IOException {
            return Integer.toUnsignedLong(int32());
        }

        long int64() throws IOException {
            need(8);
            return buffer.getLong();
        }

        String string(int length) throws IOException {
            need(length);
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
