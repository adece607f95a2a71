package io.mapchunk.source.reader;

import io.mapchunk.source.SequenceChunk;

import java.io.IOException;
import java.util.Queue;

/** Walks one split a mapping (or read) at a time, turning its bytes into chunks. */
public interface RegionScanner extends AutoCloseable {

    boolean isDone();

    /** Maps (or reads) the next span, queues its chunks, and releases the previous mapping. */
    void scanNextMapping(Queue<SequenceChunk> out) throws IOException;

    @Override
    void close();
}
