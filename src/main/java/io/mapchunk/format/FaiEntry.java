package io.mapchunk.format;

/**
 * One line of a samtools {@code .fai} index: a record's name, its number of bases, the file offset
 * of its first base, and its line layout (bases per full line, bytes per full line with the line
 * terminator). All coordinates are {@code long}: genomes and their files exceed 2^31.
 */
public record FaiEntry(String name, long length, long offset, long lineBases, long lineWidth)
        implements java.io.Serializable {

    public FaiEntry {
        if (length < 0 || offset < 0 || lineBases < 0 || lineWidth < lineBases
                || (length > 0 && lineBases == 0)) {
            throw new IllegalArgumentException("inconsistent .fai entry for '" + name + "': length "
                    + length + ", offset " + offset + ", line bases " + lineBases + ", line width "
                    + lineWidth);
        }
    }

    /** File offset of the base at 0-based position {@code pos} of this record. */
    public long offsetOf(long pos) {
        return offset + pos / lineBases * lineWidth + pos % lineBases;
    }

    /** File offset just past the record's last base (its offset when it has no bases). */
    public long endOffset() {
        return length == 0 ? offset : offsetOf(length - 1) + 1;
    }

    /** The entry as samtools writes it, without the newline. */
    public String toLine() {
        return name + '\t' + length + '\t' + offset + '\t' + lineBases + '\t' + lineWidth;
    }
}
