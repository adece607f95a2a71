package io.mapchunk.format;

import io.mapchunk.io.Bytes;
import io.mapchunk.io.InputFileException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Where one FASTQ record lies in a buffer, found by {@link #parse}: the one reading of the
 * four-line layout that the split scanner (to find and check records) and every read analysis
 * (to walk the records of a chunk) share. Positions are indices of the buffer; line ends
 * ({@code \n}, {@code \r\n}) are outside every field.
 *
 * <p>A record is {@code @name}, the sequence on one line, a {@code +} line (optionally repeating the
 * name), and a quality line of exactly the sequence's length with every byte in {@code !}..{@code ~}.
 * The sequence line may not begin with {@code @} or {@code +}: that, and the {@code +} line, is
 * what lets a reader that starts at any byte tell a header from a quality line that begins with
 * {@code @} (see {@link #parse}). Wrapped (multi-line) FASTQ is refused, not guessed at.
 */
public final class FastqRecord {

    /** What {@link #parse} found at a position. */
    public enum Outcome {
        /** A whole, valid record; its fields are set. */
        RECORD,
        /** The buffer ends before the record does, and the file goes on: read further and retry. */
        INCOMPLETE,
        /** Not a valid record: {@link #fault()} says why. */
        FAULT
    }

    private static final int INCOMPLETE = -2;
    private static final long NEWLINES = Bytes.broadcast('\n');
    private static final long BELOW_QUALITY = Bytes.broadcast('!');
    /** Added to a byte, sets its bit 7 when it is above {@code ~}. */
    private static final long ABOVE_QUALITY = Bytes.broadcast(0x80 - ('~' + 1));

    private int start;
    private int nameEnd;
    private int sequenceStart;
    private int sequenceEnd;
    private int qualityStart;
    private int end;
    private String fault;
    private int faultAt;

    /** First byte of the record (its {@code @}). */
    public int start() {
        return start;
    }

    /** One past the last byte of the header line's text (the name starts at {@code start() + 1}). */
    public int nameEnd() {
        return nameEnd;
    }

    public int sequenceStart() {
        return sequenceStart;
    }

    public int sequenceEnd() {
        return sequenceEnd;
    }

    /** Bases of the read: also the length of its quality line. */
    public int length() {
        return sequenceEnd - sequenceStart;
    }

    public int qualityStart() {
        return qualityStart;
    }

    /** One past the record's last byte (its quality line's line end, when it has one). */
    public int end() {
        return end;
    }

    /** Why the last {@link #parse} gave {@link Outcome#FAULT}. */
    public String fault() {
        return fault;
    }

    /**
     * Reads the record starting at {@code at}, at most up to {@code limit}. {@code limitIsEnd} says
     * that the file ends at {@code limit} (a record cut there is a fault, not incomplete). With
     * {@code checkFollower}, what follows the record must be the next record's {@code @}, the end of
     * the file, or a blank line (which only white space may follow: {@link #blankTail}), and a
     * record that ends exactly at {@code limit} is incomplete until the next byte is seen.
     */
    public Outcome parse(ByteBuffer bytes, int at, int limit, boolean limitIsEnd,
            boolean checkFollower) {
        start = at;
        if (at >= limit) {
            return limitIsEnd ? fail(at, "cut by the end of the file") : Outcome.INCOMPLETE;
        }
        if (bytes.get(at) != '@') {
            return fail(at, "does not begin with '@'");
        }
        int headerEnd = findNewline(bytes, at, limit);
        if (headerEnd < 0) {
            return cut(at, limitIsEnd, "its header line");
        }
        nameEnd = trimReturn(bytes, at + 1, headerEnd);
        sequenceStart = headerEnd + 1;
        int sequenceLineEnd = findNewline(bytes, sequenceStart, limit);
        if (sequenceLineEnd < 0) {
            return cut(at, limitIsEnd, "its sequence line");
        }
        sequenceEnd = trimReturn(bytes, sequenceStart, sequenceLineEnd);
        if (sequenceEnd > sequenceStart) {
            byte first = bytes.get(sequenceStart);
            if (first == '@' || first == '+') {
                return fail(sequenceStart, "its sequence line begins with '" + (char) first + "'");
            }
        }
        int plus = sequenceLineEnd + 1;
        if (plus >= limit) {
            return cut(at, limitIsEnd, "before its '+' line");
        }
        if (bytes.get(plus) != '+') {
            return fail(plus, "no '+' line after its sequence line (wrapped, multi-line FASTQ is not"
                    + " supported: unwrap it with 'seqkit seq -w 0')");
        }
        int plusEnd = findNewline(bytes, plus, limit);
        if (plusEnd < 0) {
            return cut(at, limitIsEnd, "its '+' line");
        }
        qualityStart = plusEnd + 1;
        int qualityEnd = qualityStart + length();
        int qualityLineEnd = lineEndAt(bytes, qualityEnd, limit, limitIsEnd);
        if (qualityLineEnd == INCOMPLETE) {
            return Outcome.INCOMPLETE;
        }
        if (qualityLineEnd < 0) {
            return qualityLengthFault(bytes, limit, limitIsEnd);
        }
        int bad = firstBadQuality(bytes, qualityStart, qualityEnd);
        if (bad >= 0) {
            return fail(bad, String.format("quality byte 0x%02x is outside '!'..'~'",
                    bytes.get(bad) & 0xff));
        }
        end = Math.min(limit, qualityLineEnd + 1);
        if (checkFollower) {
            if (end == limit) {
                return limitIsEnd ? Outcome.RECORD : Outcome.INCOMPLETE;
            }
            byte next = bytes.get(end);
            if (next != '@' && !Bytes.isLineEnd(next)) {
                return fail(end, "what follows it does not begin with '@'");
            }
        }
        return Outcome.RECORD;
    }

    /**
     * Reads the record at {@code at} of a chunk, whose scanner has already parsed and checked it
     * (the fast walk every read analysis takes): only the header, sequence and {@code +} line ends
     * are looked for; the quality line is as long as the sequence.
     */
    public void walk(ByteBuffer bytes, int at, int limit) {
        start = at;
        int headerEnd = findNewline(bytes, at, limit);
        nameEnd = trimReturn(bytes, at + 1, headerEnd);
        sequenceStart = headerEnd + 1;
        int sequenceLineEnd = findNewline(bytes, sequenceStart, limit);
        sequenceEnd = trimReturn(bytes, sequenceStart, sequenceLineEnd);
        qualityStart = findNewline(bytes, sequenceLineEnd + 1, limit) + 1;
        int after = qualityStart + length();
        if (after < limit && bytes.get(after) == '\r') {
            after++;
        }
        end = Math.min(limit, after + 1);
    }

    /** Whether a blank line, not a record, follows the record just parsed. */
    public boolean blankFollows(ByteBuffer bytes, int limit) {
        return end < limit && Bytes.isLineEnd(bytes.get(end));
    }

    /**
     * The first byte of {@code [from, to)} that is not white space, or -1: after a blank line
     * only white space may follow.
     */
    public static int blankTail(ByteBuffer bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes.get(i);
            if (!Bytes.isLineEnd(b) && b != ' ' && b != '\t') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The one line for the fault of the last {@link #parse}: the file, the record's name (its
     * first 60 bytes) and the byte offset of the fault.
     */
    public InputFileException failure(ByteBuffer bytes, String path, long bufferOffset) {
        return new InputFileException(path + ": bad FASTQ record " + name(bytes) + "at byte "
                + (bufferOffset + faultAt) + ": " + fault);
    }

    /** The record's name quoted, and a space; nothing when it has no header line. */
    private String name(ByteBuffer bytes) {
        if (start >= bytes.limit() || bytes.get(start) != '@') {
            return "";
        }
        int to = start + 1;
        while (to < bytes.limit() && to < start + 61 && !Bytes.isLineEnd(bytes.get(to))) {
            to++;
        }
        byte[] name = new byte[to - start - 1];
        bytes.get(start + 1, name);
        return "'" + new String(name, StandardCharsets.ISO_8859_1) + "' ";
    }

    /**
     * The line end right after {@code qualityEnd} (the index of its {@code \n}, or {@code limit}
     * at the end of the file), {@link #INCOMPLETE} when the buffer ends first, or -1 when no line
     * ends there: the quality line is not as long as the sequence.
     */
    private static int lineEndAt(ByteBuffer bytes, int qualityEnd, int limit, boolean limitIsEnd) {
        if (qualityEnd >= limit) {
            return qualityEnd == limit && limitIsEnd ? limit : limitIsEnd ? -1 : INCOMPLETE;
        }
        byte next = bytes.get(qualityEnd);
        if (next == '\n') {
            return qualityEnd;
        }
        if (next != '\r') {
            return -1;
        }
        if (qualityEnd + 1 == limit) {
            return limitIsEnd ? limit : INCOMPLETE;
        }
        return bytes.get(qualityEnd + 1) == '\n' ? qualityEnd + 1 : -1;
    }

    /** The fault of a quality line whose length is not the sequence's (found by its line end). */
    private Outcome qualityLengthFault(ByteBuffer bytes, int limit, boolean limitIsEnd) {
        int qualityLineEnd = findNewline(bytes, qualityStart, limit);
        if (qualityLineEnd < 0) {
            if (!limitIsEnd) {
                return Outcome.INCOMPLETE;
            }
            qualityLineEnd = limit;
        }
        int qualities = trimReturn(bytes, qualityStart, qualityLineEnd) - qualityStart;
        if (qualityLineEnd == limit && qualities < length()) {
            return fail(qualityStart + qualities, "cut by the end of the file in its quality line");
        }
        return fail(qualityStart, "its quality line is " + (qualities < length() ? "shorter"
                : "longer") + " than its sequence (" + qualities + " against " + length()
                + " bytes)");
    }

    private Outcome cut(int at, boolean limitIsEnd, String where) {
        return limitIsEnd ? fail(at, "cut by the end of the file in " + where) : Outcome.INCOMPLETE;
    }

    private Outcome fail(int at, String why) {
        fault = why;
        faultAt = at;
        return Outcome.FAULT;
    }

    private static int trimReturn(ByteBuffer bytes, int from, int lineEnd) {
        return lineEnd > from && bytes.get(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
    }

    /** The index of the first {@code \n} in {@code [from, limit)}, or -1; eight bytes a step. */
    public static int findNewline(ByteBuffer bytes, int from, int limit) {
        int i = from;
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long mask = Bytes.matchBytes(bytes.getLong(i), NEWLINES);
            if (mask != 0) {
                return i + Bytes.firstByte(mask);
            }
        }
        for (; i < limit; i++) {
            if (bytes.get(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The first byte of {@code [from, to)} outside {@code !}..{@code ~}, or -1. */
    private static int firstBadQuality(ByteBuffer bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = bytes.getLong(i);
            // some byte below '!', or from '~' + 1 up: then find it byte by byte
            if (Bytes.hasByteBelow(word, BELOW_QUALITY)
                    || (((word + ABOVE_QUALITY) | word) & Bytes.HIGH_BITS) != 0) {
                break;
            }
        }
        for (; i < to; i++) {
            byte b = bytes.get(i);
            if (b < '!' || b > '~') {
                return i;
            }
        }
        return -1;
    }
}
