package io.mapchunk.analysis.reads;

import io.mapchunk.format.FastqRecord;
import io.mapchunk.source.SequenceChunk;

import java.nio.ByteBuffer;

/**
 * The walk every pass of a read sample shares: the records of a split's chunks (whole records,
 * in file order, a split after another), each with its index in the file and its key. One per
 * subtask; nothing is allocated per read.
 */
public final class KeyedReads {

    /** What a pass does with one read; {@code E} is what it may throw (writing it, say). */
    @FunctionalInterface
    public interface Visitor<E extends Exception> {
        /** {@code record} lies in {@code bytes}; {@code key} is that of its index (or pair). */
        void read(long key, FastqRecord record, ByteBuffer bytes) throws E;
    }

    private final SampleSplits splits;
    private final ReadSelection keys;
    private final FastqRecord record = new FastqRecord();
    private int split = -1;
    private long next;

    /** Keys as {@code keys} gives them (its cut is not looked at). */
    public KeyedReads(SampleSplits splits, ReadSelection keys) {
        this.splits = splits;
        this.keys = keys;
    }

    /** Visits the reads of {@code chunk}. */
    public <E extends Exception> void walk(SequenceChunk chunk, Visitor<E> visitor) throws E {
        if (chunk.split() != split) {
            split = chunk.split();
            next = splits.first(split);
        }
        ByteBuffer bytes = chunk.bytes();
        for (int at = 0; at < bytes.limit(); at = record.end()) {
            record.walk(bytes, at, bytes.limit());
            visitor.read(keys.key(next++), record, bytes);
        }
    }
}
