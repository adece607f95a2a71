package io.mapchunk.analysis.sample;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Bytes of formatted rows, collected in one reused array and handed on in pieces of at most its
 * capacity whenever it fills or {@link #flush()} is called. Rows may straddle pieces: consumers
 * concatenate pieces in order.
 */
public final class RowBuffer {

    /** Receives a piece; {@code bytes} is reused after the call returns. */
    @FunctionalInterface
    public interface Drain {
        void accept(byte[] bytes, int length) throws IOException;
    }

    private static final int LONGEST_DECIMAL = 20;

    private final byte[] bytes;
    private final Drain drain;
    private int size;

    public RowBuffer(int capacity, Drain drain) {
        if (capacity < LONGEST_DECIMAL) {
            throw new IllegalArgumentException("row buffer capacity too small: " + capacity);
        }
        this.bytes = new byte[capacity];
        this.drain = drain;
    }

    public void put(byte b) throws IOException {
        if (size == bytes.length) {
            flush();
        }
        bytes[size++] = b;
    }

    public void put(byte[] src, int offset, int length) throws IOException {
        while (length > 0) {
            if (size == bytes.length) {
                flush();
            }
            int run = Math.min(length, bytes.length - size);
            System.arraycopy(src, offset, bytes, size, run);
            size += run;
            offset += run;
            length -= run;
        }
    }

    public void put(byte[] src) throws IOException {
        put(src, 0, src.length);
    }

    /** Appends {@code src[from, to)} (absolute positions; the buffer's own are left alone). */
    public void put(ByteBuffer src, int from, int to) throws IOException {
        while (from < to) {
            if (size == bytes.length) {
                flush();
            }
            int run = Math.min(to - from, bytes.length - size);
            src.get(from, bytes, size, run);
            size += run;
            from += run;
        }
    }

    /** Appends {@code value} in decimal, as {@link Long#toString(long)} writes it. */
    public void putDecimal(long value) throws IOException {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                put(Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                return;
            }
            put((byte) '-');
            value = -value;
        }
        if (bytes.length - size < LONGEST_DECIMAL) {
            flush();
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
    }

    /** Hands on what is buffered, if anything. */
    public void flush() throws IOException {
        if (size > 0) {
            drain.accept(bytes, size);
            size = 0;
        }
    }
}
