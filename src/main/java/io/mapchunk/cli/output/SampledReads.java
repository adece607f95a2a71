package io.mapchunk.cli.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of a sample's output, read back one step at a time from the row files' stream: a
 * step is one record, or the two mates of an interleaved pair. Records are as the sample wrote
 * them ({@code \n} line ends, a fixed number of lines each), so finding one is finding line ends.
 * Holds one step (plus a read-ahead block), whatever the output's size.
 */
final class SampledReads {

    private final InputStream in;
    private final int linesPerRecord;
    private final int[] recordStarts;
    private byte[] buffer = new byte[1 << 16];
    private int filled;
    private int stepStart;
    private int stepLength;
    private boolean ended;

    /** Records of {@code linesPerRecord} lines, {@code recordsPerStep} of them a step. */
    SampledReads(InputStream in, int linesPerRecord, int recordsPerStep) {
        this.in = in;
        this.linesPerRecord = linesPerRecord;
        this.recordStarts = new int[recordsPerStep];
    }

    /** Moves to the next step; false at the end of the stream. */
    boolean next() throws IOException {
        stepStart += stepLength;
        stepLength = 0;
        int at = 0;
        for (int record = 0; record < recordStarts.length; record++) {
            recordStarts[record] = at;
            for (int line = 0; line < linesPerRecord; line++) {
                int end = lineEnd(at);
                if (end < 0) {
                    if (at == 0 && filled == stepStart) {
                        return false;
                    }
                    throw new IOException("sampled reads end inside a record");
                }
                at = end + 1;
            }
        }
        stepLength = at;
        return true;
    }

    /**
     * The first line end at or after {@code at}, both relative to the step's start, reading on
     * (and moving the step to the buffer's start, or growing the buffer) as needed; -1 at the end.
     */
    private int lineEnd(int at) throws IOException {
        int from = stepStart + at;
        while (true) {
            for (int i = from; i < filled; i++) {
                if (buffer[i] == '\n') {
                    return i - stepStart;
                }
            }
            if (ended) {
                return -1;
            }
            if (filled == buffer.length) {
                if (stepStart == 0) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                } else {
                    System.arraycopy(buffer, stepStart, buffer, 0, filled - stepStart);
                    filled -= stepStart;
                    stepStart = 0;
                }
            }
            from = filled;
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                ended = true;
            } else {
                filled += read;
            }
        }
    }

    /** Whether record {@code record} of this step and record {@code of} of {@code other}'s are mates. */
    boolean mates(int record, SampledReads other, int of) {
        int a = nameStart(record);
        int b = other.nameStart(of);
        int aEnd = nameEnd(a);
        int bEnd = other.nameEnd(b);
        return Arrays.equals(buffer, a, aEnd, other.buffer, b, bEnd);
    }

    /** The header text of record {@code record} of this step, for a message. */
    String header(int record) {
        int start = nameStart(record);
        int end = start;
        while (buffer[end] != '\n') {
            end++;
        }
        return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private int nameStart(int record) {
        return stepStart + recordStarts[record] + 1;
    }

    /** Where the read's name ends: at the first blank, with a trailing /1 or /2 left out. */
    private int nameEnd(int start) {
        int end = start;
        while (buffer[end] != '\n' && buffer[end] != ' ' && buffer[end] != '\t') {
            end++;
        }
        if (end - start >= 2 && buffer[end - 2] == '/' && (buffer[end - 1] == '1'
                || buffer[end - 1] == '2')) {
            end -= 2;
        }
        return end;
    }

    /** Writes this step's bytes. */
    void writeTo(OutputStream out) throws IOException {
        out.write(buffer, stepStart, stepLength);
    }
}
