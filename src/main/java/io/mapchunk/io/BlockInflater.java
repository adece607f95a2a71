package io.mapchunk.io;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;

/**
 * Inflates the raw deflate data of one BGZF block into exactly the block's stated size. Made by
 * {@link BlockInflaters#create()}: ISA-L's inflate where its native library loads, java.util.zip's
 * otherwise. Neither checks the CRC32: {@link BgzfChannel} does, over the bytes either produced,
 * so a block with wrong bytes is refused by both.
 */
interface BlockInflater extends AutoCloseable {

    /**
     * Inflates all of {@code deflated} into {@code out}, whose remaining bytes are the block's
     * size, and advances both; throws, saying why, when the data is not deflate or inflates to
     * another size.
     */
    void inflate(ByteBuffer deflated, ByteBuffer out) throws DataFormatException;

    /** Frees the native inflate state. */
    @Override
    void close();
}
