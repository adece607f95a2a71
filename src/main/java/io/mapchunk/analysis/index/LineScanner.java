package io.mapchunk.analysis.index;

import io.mapchunk.io.Bytes;
import io.mapchunk.io.VectorApi;

import java.nio.ByteBuffer;

/**
 * Scans the bytes of one piece of a record (fed in file order, chunk by chunk) into a
 * {@link LineSummary}. Words of eight printable bytes, by far the most common, cost a few
 * instructions; only words holding a line end or another non-printable byte go byte by byte.
 * {@link #create()} returns the Vector API variant when the JVM has its module.
 */
public class LineScanner {

    /** The first printable byte, {@code !}: bytes below it are blanks and control bytes. */
    private static final long PRINTABLE_START = Bytes.broadcast('!');
    private static final long DELETES = Bytes.broadcast(0x7F);
    private static final long NEWLINES = Bytes.broadcast('\n');

    LineSummary summary;
    private long lineStart;
    boolean previousCr;

    /** The vector scanner if {@link VectorApi#enabled()}, else this plain one. */
    public static LineScanner create() {
        return VectorApi.enabled() ? VectorLineScanner.newScanner() : new LineScanner();
    }

    /** Starts a new piece at file offset {@code start}. */
    public void reset(long start) {
        summary = new LineSummary();
        summary.start = start;
        lineStart = start;
        previousCr = false;
    }

    /** Adds the bytes between the buffer's position and limit; they start at {@code fileOffset}. */
    public void add(ByteBuffer buffer, long fileOffset) {
        int from = buffer.position();
        int to = buffer.limit();
        long base = fileOffset - from;
        LineSummary s = summary;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = buffer.getLong(i);
            if (!previousCr) {
                long special = special(word);
                if (special == 0) {
                    s.bases += Long.BYTES;
                    continue;
                }
                long newline = Bytes.matchBytes(word, NEWLINES);
                if (special == newline && (newline & (newline - 1)) == 0) {
                    // the common line end: seven bases and one \n
                    s.bases += Long.BYTES - 1;
                    newline(base + i + Bytes.firstByte(newline));
                    continue;
                }
            }
            for (int k = i; k < i + Long.BYTES; k++) {
                scalar(buffer.get(k), base + k);
            }
        }
        for (; i < to; i++) {
            scalar(buffer.get(i), base + i);
        }
        s.bytes += to - from;
    }

    /** 0x80 in every byte of {@code word} that is not printable ASCII (33..126). */
    static long special(long word) {
        return Bytes.bytesBelow(word, PRINTABLE_START) | (word & Bytes.HIGH_BITS)
                | Bytes.matchBytes(word, DELETES);
    }

    final void scalar(byte b, long offset) {
        LineSummary s = summary;
        if (previousCr && b != '\n') {
            bad(offset - 1);
        }
        if (b == '\n') {
            newline(offset);
        } else if (b == '\r') {
            previousCr = true;
        } else {
            previousCr = false;
            if (b > ' ' && b < 0x7F) {
                s.bases++;
            } else {
                bad(offset);
            }
        }
    }

    final void newline(long offset) {
        LineSummary s = summary;
        long lineBytes = offset - lineStart;
        if (!s.hasNewline) {
            s.hasNewline = true;
            s.headBytes = lineBytes;
            s.headEndsCr = previousCr;
        } else {
            s.lines.append(lineStart, lineBytes + 1, lineBytes - (previousCr ? 1 : 0));
        }
        lineStart = offset + 1;
        previousCr = false;
    }

    private void bad(long offset) {
        if (summary.firstBadByte < 0) {
            summary.firstBadByte = offset;
        }
    }

    /** The summary of everything added since {@link #reset}. */
    public LineSummary finish() {
        LineSummary s = summary;
        long end = s.start + s.bytes;
        if (!s.hasNewline) {
            s.headBytes = s.bytes;
            s.headEndsCr = previousCr;
        }
        s.tailBytes = end - lineStart < 0 ? 0 : (s.hasNewline ? end - lineStart : 0);
        s.endsCr = previousCr;
        return s;
    }
}
