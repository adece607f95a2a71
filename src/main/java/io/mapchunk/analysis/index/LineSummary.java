package io.mapchunk.analysis.index;

/**
 * What the index needs to know of a contiguous piece of a record's sequence bytes: its bases, its
 * complete lines as a {@link LineShape}, the partial lines at both ends (a line may straddle
 * pieces), and the first byte that has no place in a sequence line.
 *
 * <p>A mutable POJO (Flink serializes it field by field); {@link LineScanner} produces it.
 */
public final class LineSummary {

    /** File offset of the first byte and number of bytes. */
    public long start;
    public long bytes;
    /** Bytes that are neither {@code \n} nor {@code \r}. */
    public long bases;
    public boolean hasNewline;
    /** Bytes before the first {@code \n} (all bytes without one), and whether they end in {@code \r}. */
    public long headBytes;
    public boolean headEndsCr;
    /** Bytes after the last {@code \n}. */
    public long tailBytes;
    /** Whether the last byte is a {@code \r} whose {@code \n} would be in the next piece. */
    public boolean endsCr;
    /** Complete lines between the first and the last {@code \n}. */
    public LineShape lines = new LineShape();
    /** Offset of the first byte that is not a printable base or a line end, or -1. */
    public long firstBadByte = -1;

    public LineSummary() {}

    public boolean startsWithNewline() {
        return hasNewline && headBytes == 0;
    }

    public long tailStart() {
        return start + bytes - tailBytes;
    }
}
