package io.mapchunk.source;

import io.mapchunk.format.TwoBitCodes;
import org.apache.flink.annotation.PublicEvolving;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The packed form of a chunk read from a {@code .2bit} file: a view of its packed bytes (byte 0
 * holds the chunk's first four bases, high bits first), its number of bases, and the N blocks and
 * mask blocks that overlap it, clipped to it and relative to its first base. Analyses that count
 * on codes read this ({@link SequenceChunk#packed()}); others get the text through
 * {@link SequenceChunk#bytes()}, decoded once per chunk into a buffer the reader reuses.
 */
@PublicEvolving
public final class PackedBases {

    /** A reader's reused text buffer: holds the text of one chunk at a time. */
    public static final class TextBuffer {
        private final ByteBuffer buffer;
        private PackedBases holder;

        public TextBuffer(int capacity) {
            this.buffer = ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    private final ByteBuffer packed;
    private final int count;
    private final int[] nBlocks;
    private final int nCount;
    private final int[] maskBlocks;
    private final int maskCount;
    private final TextBuffer text;

    /**
     * @param nBlocks {@code nCount} pairs (start, end) of N blocks, sorted, within {@code [0, count)}
     * @param maskBlocks {@code maskCount} pairs of mask blocks, likewise
     */
    public PackedBases(ByteBuffer packed, int count, int[] nBlocks, int nCount, int[] maskBlocks,
            int maskCount, TextBuffer text) {
        this.packed = packed;
        this.count = count;
        this.nBlocks = nBlocks;
        this.nCount = nCount;
        this.maskBlocks = maskBlocks;
        this.maskCount = maskCount;
        this.text = text;
    }

    /** Number of bases. */
    public int count() {
        return count;
    }

    /** The packed bytes (a fresh view; absolute gets from 0). */
    public ByteBuffer packed() {
        return packed.duplicate();
    }

    public int nCount() {
        return nCount;
    }

    public int nStart(int block) {
        return nBlocks[2 * block];
    }

    public int nEnd(int block) {
        return nBlocks[2 * block + 1];
    }

    public int maskCount() {
        return maskCount;
    }

    public int maskStart(int block) {
        return maskBlocks[2 * block];
    }

    public int maskEnd(int block) {
        return maskBlocks[2 * block + 1];
    }

    /** The text of the bases (what {@code twoBitToFa} prints), valid while the chunk is. */
    ByteBuffer text() {
        if (text.holder != this) {
            decode(text.buffer);
            text.holder = this;
        }
        return text.buffer.slice(0, count).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Writes the text of the bases into {@code out[0, count)} (little-endian). */
    public void decode(ByteBuffer out) {
        TwoBitCodes.decode(packed, 0, count, nBlocks, nCount, maskBlocks, maskCount, out, 0);
    }
}
