package io.mapchunk.analysis.index;

import io.mapchunk.format.FaiEntry;

/**
 * The lines of one record, joined piece by piece in file order, and samtools' rules applied to
 * them: every line of a sequence has the width of the first, except the last line with bases,
 * which may be shorter; only empty lines may follow it. A record without lines is left out of the
 * index, as is one whose first line is blank (samtools does the same).
 */
public final class RecordLines {


    private final String name;
    private final LineShape lines = new LineShape();
    private boolean inHeaderEnd;
    private long sequenceOffset;
    private long pendingStart;
    private long pendingBytes;
    private boolean pendingCr;
    private long bases;
    private long badByte = -1;

    private RecordLines(String name, long sequenceOffset, boolean inHeaderEnd) {
        this.name = name;
        this.sequenceOffset = sequenceOffset;
        this.pendingStart = sequenceOffset;
        this.inHeaderEnd = inHeaderEnd;
    }

    /**
     * A FASTA record whose first piece starts with its header's line end: bytes up to the first
     * {@code \n} are skipped and the sequence starts after it.
     */
    public static RecordLines afterHeader(String name) {
        return new RecordLines(name, -1, true);
    }

    /** A record starting at {@code offset} without header (a raw sequence file). */
    public static RecordLines headerless(String name, long offset) {
        return new RecordLines(name, offset, false);
    }

    /** Appends the next piece of this record. */
    public void append(LineSummary piece) {
        if (piece.bytes == 0) {
            return;
        }
        if (pendingCr && !piece.startsWithNewline()) {
            bad(piece.start - 1);
        }
        if (piece.firstBadByte >= 0) {
            bad(piece.firstBadByte);
        }
        bases += piece.bases;
        if (inHeaderEnd) {
            skipHeaderEnd(piece);
            return;
        }
        if (!piece.hasNewline) {
            pendingBytes += piece.bytes;
            pendingCr = piece.endsCr;
            return;
        }
        long lineBytes = pendingBytes + piece.headBytes;
        boolean cr = piece.headBytes > 0 ? piece.headEndsCr : pendingCr;
        lines.append(pendingStart, lineBytes + 1, lineBytes - (cr ? 1 : 0));
        lines.append(piece.lines);
        pendingStart = piece.tailStart();
        pendingBytes = piece.tailBytes;
        pendingCr = piece.endsCr;
    }

    /** The header's line end is {@code \n} or {@code \r\n}; anything else is a stray byte. */
    private void skipHeaderEnd(LineSummary piece) {
        long head = piece.hasNewline ? piece.headBytes : piece.bytes;
        if (head > 1 || (head == 1 && !(piece.hasNewline ? piece.headEndsCr : piece.endsCr))) {
            bad(piece.start);
        }
        if (!piece.hasNewline) {
            pendingCr = piece.endsCr;
            return;
        }
        inHeaderEnd = false;
        sequenceOffset = piece.start + piece.headBytes + 1;
        lines.append(piece.lines);
        pendingStart = piece.tailStart();
        pendingBytes = piece.tailBytes;
        pendingCr = piece.endsCr;
    }

    private void bad(long offset) {
        if (badByte < 0 || offset < badByte) {
            badByte = offset;
        }
    }

    /**
     * The record's index entry, or null when samtools leaves it out (no lines, or a blank first
     * line). Uneven lines and stray bytes throw {@link UnevenLines} with the offending offset.
     */
    public FaiEntry finish() {
        LineShape all = lines.copy();
        if (pendingBytes > 0) {
            all.append(pendingStart, pendingBytes + 1, pendingBytes - (pendingCr ? 1 : 0));
        }
        if (badByte >= 0) {
            throw new UnevenLines(name, badByte, Problem.STRAY_BYTE);
        }
        if (inHeaderEnd || all.isEmpty()) {
            return null;
        }
        if (all.firstBases == 0) {
            if (all.nextOffset >= 0 && all.nextBases > 0) {
                throw new UnevenLines(name, all.nextOffset, Problem.AFTER_EMPTY_LINE);
            }
            if (all.extraOffset >= 0) {
                throw new UnevenLines(name, all.extraOffset, Problem.AFTER_EMPTY_LINE);
            }
            return all.firstWidth == 1 ? null : new FaiEntry(name, 0, sequenceOffset, 0, all.firstWidth);
        }
        if (all.nextOffset >= 0 && all.nextBases > 0 && all.nextWidth > all.firstWidth) {
            throw new UnevenLines(name, all.nextOffset, Problem.UNEVEN_LINES);
        }
        if (all.extraOffset >= 0) {
            throw new UnevenLines(name, all.extraOffset, Problem.UNEVEN_LINES);
        }
        return new FaiEntry(name, bases, sequenceOffset, all.firstBases, all.firstWidth);
    }

    /** The ways a record's lines can break samtools' rules, with what to say about each. */
    public enum Problem {
        STRAY_BYTE("a byte that is neither a base nor a line end (space, tab, control or"
                + " non-ASCII)", ""),
        AFTER_EMPTY_LINE("sequence after an empty line", ""),
        UNEVEN_LINES("different line length", " (an index needs every line of a sequence as wide"
                + " as the first, but the last)");

        private final String message;
        private final String hint;

        Problem(String message, String hint) {
            this.message = message;
            this.hint = hint;
        }

        /** What to add after the place of the problem; may be empty. */
        public String hint() {
            return hint;
        }
    }

    /** A record whose lines break samtools' rules; the offset is that of the offending line or byte. */
    public static final class UnevenLines extends RuntimeException {
        private final String record;
        private final long offset;
        private final Problem problem;

        UnevenLines(String record, long offset, Problem problem) {
            super(problem.message);
            this.record = record;
            this.offset = offset;
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }

        public String record() {
            return record;
        }

        public long offset() {
            return offset;
        }
    }
}
