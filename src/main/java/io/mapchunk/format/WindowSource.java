package io.mapchunk.format;

import java.io.IOException;

/**
 * Random access to the bases of windows, as a file's format reads them
 * ({@link SequenceFormat#windows}): {@link WindowReader} for text, {@link TwoBitWindowReader} for a
 * {@code .2bit}.
 */
public interface WindowSource {

    /** Starts a batch of windows whose starts lie {@code gap} file bytes apart on average. */
    void startBatch(long gap);

    /** Copies bases [pos, pos + length) of {@code record} into {@code bases[0..length)}. */
    void read(int record, long pos, int length, byte[] bases) throws IOException;
}
