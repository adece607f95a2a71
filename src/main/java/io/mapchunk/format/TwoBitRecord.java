package io.mapchunk.format;

import java.io.Serializable;

/**
 * One sequence of a UCSC {@code .2bit} file, as its index and record header give it: its name and
 * length, where its block lists and packed bases are in the file, and where it starts in the
 * file's logical text space (the genome as a FASTA without headers or line breaks, records back to
 * back in index order). Block lists stay on disk ({@link TwoBitBlocks} reads them in pieces).
 *
 * @param name the record's name
 * @param dnaSize number of bases
 * @param nBlocks file offset of the N-block starts ({@code nCount} uint32), then their sizes
 * @param nCount number of N blocks
 * @param maskBlocks file offset of the mask-block starts, then their sizes
 * @param maskCount number of mask (lowercase) blocks
 * @param packedOffset file offset of the packed bases, four per byte, first base in the high bits
 * @param logicalStart offset of the record's first base in the logical text space
 */
public record TwoBitRecord(String name, long dnaSize, long nBlocks, long nCount, long maskBlocks,
        long maskCount, long packedOffset, long logicalStart) implements Serializable {

    /** Bytes of packed bases: four bases per byte, the last byte maybe partly used. */
    public long packedBytes() {
        return (dnaSize + 3) / 4;
    }

    /** File offset just past the packed bases. */
    public long packedEnd() {
        return packedOffset + packedBytes();
    }
}
