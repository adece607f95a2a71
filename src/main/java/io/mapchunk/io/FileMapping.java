package io.mapchunk.io;


import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * A read-only mapping of part of a file, and the one owner allowed to unmap it.
 *
 * <p>Java 17 has no public unmap, and a mapping left to the garbage collector keeps its pages
 * resident long after use (YARN and Kubernetes count them against the container). {@link #close()}
 * unmaps at once with {@code Unsafe.invokeCleaner}, as Lucene's MMapDirectory did before Java 21.
 * Touching the buffer after that crashes the JVM, so views handed out must not outlive the mapping:
 * {@link #checkOpen()} lets holders of a view fail cleanly instead.
 */
public final class FileMapping implements AutoCloseable {

    /** Largest single mapping; a {@code MappedByteBuffer} is limited to 2 GiB. */
    public static final long MAX_SIZE = 1L << 30;

    private static final sun.misc.Unsafe UNSAFE = loadUnsafe();

    private final long fileOffset;
    private final ByteBuffer buffer;
    private final boolean mapped;
    private boolean closed;

    private FileMapping(long fileOffset, ByteBuffer buffer, boolean mapped) {
        this.fileOffset = fileOffset;
        this.buffer = buffer;
        this.mapped = mapped;
        buffer.order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Maps {@code [offset, offset + length)} of the channel's file read-only. */
    public static FileMapping map(FileChannel channel, long offset, long length) throws IOException {
        if (length < 0 || length > MAX_SIZE) {
            throw new IllegalArgumentException("mapping length out of range: " + length);
        }
        return new FileMapping(offset, channel.map(FileChannel.MapMode.READ_ONLY, offset, length),
                true);
    }

    /**
     * Reads {@code [offset, offset + length)} of the channel's file into the start of {@code into}
     * (a direct buffer the caller reuses; at least {@code length} bytes) with positioned reads, for
     * systems where filling a buffer costs less than faulting mapped pages in. The mapping is a view
     * of {@code into}: closing it releases nothing, and the next read into the same buffer
     * overwrites it. A file that ends early fails as having changed.
     */
    public static FileMapping read(FileChannel channel, long offset, int length, ByteBuffer into,
            String path) throws IOException {
        ByteBuffer target = into.slice(0, length);
        int read = ChannelReads.fill(channel, target, offset);
        if (read < length) {
            throw new InputFileException(path + ": changed while being read (ends at byte "
                    + (offset + read) + ")");
        }
        return new FileMapping(offset, target.clear(), false);
    }

    public long fileOffset() {
        return fileOffset;
    }

    public int size() {
        return buffer.capacity();
    }

    /** The byte at an absolute file offset inside this mapping. */
    public byte byteAt(long offset) {
        return buffer.get((int) (offset - fileOffset));
    }

    /** Eight little-endian bytes at a position relative to the mapping start. */
    public long longAt(int position) {
        return buffer.getLong(position);
    }

    public byte get(int position) {
        return buffer.get(position);
    }

    /** A little-endian view of {@code [offset, offset + length)} (absolute file offsets). */
    public ByteBuffer view(long offset, int length) {
        return buffer.slice((int) (offset - fileOffset), length).order(ByteOrder.LITTLE_ENDIAN);
    }

    public void checkOpen() {
        if (closed) {
            throw new IllegalStateException(
                    "mapped region at offset " + fileOffset + " was released; copy bytes you keep");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (mapped) {
                UNSAFE.invokeCleaner(buffer);
            }
        }
    }

    private static sun.misc.Unsafe loadUnsafe() {
        try {
            Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (sun.misc.Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
