package io.mapchunk.format;

import io.mapchunk.io.ChannelReads;
import io.mapchunk.io.InputFileException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * A cursor over one block list of a {@code .2bit} record (its N blocks or its mask blocks), read
 * from the file a few thousand blocks at a time: a list of {@code count} uint32 starts followed by
 * as many uint32 sizes. Lists can hold millions of blocks (soft-masked repeats), so they are never
 * loaded whole. Blocks are sorted and disjoint (checked by {@link TwoBitFile}), so their ends are
 * sorted too and {@link #seek} can search the starts on disk.
 */
public final class TwoBitBlocks {

    private static final int BATCH = 4096;
    private static final int[] NONE = new int[0];

    private final FileChannel channel;
    private final String path;
    private final long startsOffset;
    private final long count;
    private final ByteBuffer starts;
    private final ByteBuffer sizes;
    private final ByteBuffer one;
    /** Index of the next block {@link #next} returns, and the first index held in the buffers. */
    private long index;
    private long buffered;
    private int bufferedCount;
    private long start;
    private long end;
    /** Whether {@link #start}, {@link #end} hold a block {@link #overlapping} has not passed. */
    private boolean pending;
    private int[] ranges = new int[64];

    public TwoBitBlocks(FileChannel channel, String path, ByteOrder order, long startsOffset,
            long count) {
        this.channel = channel;
        this.path = path;
        this.startsOffset = startsOffset;
        this.count = count;
        int batch = (int) Math.min(BATCH, Math.max(1, count));
        this.starts = ByteBuffer.allocate(batch * 4).order(order);
        this.sizes = ByteBuffer.allocate(batch * 4).order(order);
        this.one = ByteBuffer.allocate(4).order(order);
    }

    /** Moves to the first block that ends after {@code base}; {@link #next} returns it. */
    public void seek(long base) throws IOException {
        long low = 0;
        long high = count;
        while (low < high) { // first block whose start is above base
            long mid = (low + high) >>> 1;
            if (readUint(startsOffset + 4 * mid) > base) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        if (low > 0 && readUint(startsOffset + 4 * (low - 1))
                + readUint(startsOffset + 4 * (count + low - 1)) > base) {
            low--;
        }
        index = low;
        bufferedCount = 0;
        pending = false;
    }

    /**
     * The blocks overlapping bases {@code [from, to)}, clipped and relative to {@code from}, as
     * (start, end) pairs in a fresh array. Successive calls must not go back: {@code from} at or
     * after the previous call's {@code to}, unless {@link #seek} came between.
     */
    public int[] overlapping(long from, long to) throws IOException {
        int used = 0;
        while (true) {
            if (!pending) {
                if (!next()) {
                    break;
                }
                pending = true;
            }
            if (end <= from) {
                pending = false;
                continue;
            }
            if (start >= to) {
                break;
            }
            if (end > Math.max(start, from)) {
                if (used == ranges.length) {
                    ranges = Arrays.copyOf(ranges, 2 * used);
                }
                ranges[used++] = (int) (Math.max(start, from) - from);
                ranges[used++] = (int) (Math.min(end, to) - from);
            }
            if (end > to) {
                break;
            }
            pending = false;
        }
        return used == 0 ? NONE : Arrays.copyOf(ranges, used);
    }

    /** Advances to the next block; false when there is none. */
    public boolean next() throws IOException {
        if (index >= count) {
            return false;
        }
        int at = (int) (index - buffered);
        if (at < 0 || at >= bufferedCount) {
            fill();
            at = 0;
        }
        start = Integer.toUnsignedLong(starts.getInt(4 * at));
        end = start + Integer.toUnsignedLong(sizes.getInt(4 * at));
        index++;
        return true;
    }

    /** Start of the current block (a base position in its record). */
    public long start() {
        return start;
    }

    /** End (exclusive) of the current block. */
    public long end() {
        return end;
    }

    private void fill() throws IOException {
        buffered = index;
        bufferedCount = (int) Math.min(starts.capacity() / 4, count - index);
        read(starts, startsOffset + 4 * index, bufferedCount * 4);
        read(sizes, startsOffset + 4 * (count + index), bufferedCount * 4);
    }

    private long readUint(long offset) throws IOException {
        read(one, offset, 4);
        return Integer.toUnsignedLong(one.getInt(0));
    }

    private void read(ByteBuffer into, long offset, int length) throws IOException {
        if (ChannelReads.fill(channel, into.clear().limit(length), offset) < length) {
            throw new InputFileException(path + ": truncated .2bit file (block list at byte "
                    + offset + " runs past the end)");
        }
    }
}
