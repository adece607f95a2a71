package io.mapchunk.analysis.index;

/**
 * The line layout of a run of complete lines, compressed to what samtools' index rules look at:
 * the first line, how many lines after it have the same width (the "run"), the first line that
 * differs, and the first line with bases after that one (which makes a record's lines uneven).
 * Lines without bases (blank, or only {@code \r}) are "empty". Appending shapes is associative,
 * so shapes of consecutive file pieces can be joined in any grouping.
 *
 * <p>Mutable with public fields so that Flink serializes it as a POJO.
 */
public final class LineShape {

    /** First line: file offset, width in bytes (terminator included), bases. -1 offset: none. */
    public long firstOffset = -1;
    public long firstWidth;
    public long firstBases;
    /** Lines right after the first with bases and the first line's width. */
    public long runCount;
    /** First line after the run. -1 offset: none. */
    public long nextOffset = -1;
    public long nextWidth;
    public long nextBases;
    /** Offset of the first line with bases after {@link #nextOffset}, or -1. */
    public long extraOffset = -1;

    public LineShape() {}

    public boolean isEmpty() {
        return firstOffset < 0;
    }

    /** Appends one complete line. */
    public void append(long offset, long width, long bases) {
        if (firstOffset < 0) {
            firstOffset = offset;
            firstWidth = width;
            firstBases = bases;
        } else if (nextOffset < 0) {
            if (firstBases > 0 && bases > 0 && width == firstWidth) {
                runCount++;
            } else {
                nextOffset = offset;
                nextWidth = width;
                nextBases = bases;
            }
        } else if (bases > 0 && extraOffset < 0) {
            extraOffset = offset;
        }
    }

    /** Appends every line of {@code that} (which follows this shape in the file). */
    public void append(LineShape that) {
        if (that.firstOffset < 0) {
            return;
        }
        append(that.firstOffset, that.firstWidth, that.firstBases);
        if (that.runCount > 0) {
            long runStart = that.firstOffset + that.firstWidth;
            append(runStart, that.firstWidth, that.firstBases);
            long rest = that.runCount - 1;
            if (rest > 0) {
                if (nextOffset < 0) {
                    runCount += rest;
                } else if (extraOffset < 0) {
                    extraOffset = runStart + that.firstWidth;
                }
            }
        }
        if (that.nextOffset >= 0) {
            append(that.nextOffset, that.nextWidth, that.nextBases);
        }
        if (that.extraOffset >= 0 && extraOffset < 0) {
            extraOffset = that.extraOffset;
        }
    }

    public LineShape copy() {
        LineShape copy = new LineShape();
        copy.append(this);
        return copy;
    }
}
