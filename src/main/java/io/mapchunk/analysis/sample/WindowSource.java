package io.mapchunk.analysis.sample;

import io.mapchunk.io.ChannelReads;
import io.mapchunk.format.GenomeCoordinates;
import io.mapchunk.format.TwoBitFile;
import io.mapchunk.io.InputFileException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Where a sampler gets the bases of its windows: {@link WindowReader} for text files,
 * {@link TwoBitWindowReader} for a {@code .2bit}, chosen by the file's signature.
 */
interface WindowSource {

    /** Starts a batch of windows whose starts lie {@code gap} file bytes apart on average. */
    void startBatch(long gap);

    /** Copies bases [pos, pos + length) of {@code record} into {@code bases[0..length)}. */
    void read(int record, long pos, int length, byte[] bases) throws IOException;

    /** The reader for the file open on {@code channel}. */
    static WindowSource open(FileChannel channel, String path, GenomeCoordinates coordinates) {
        ByteBuffer head = ByteBuffer.allocate(4);
        try {
            ChannelReads.fill(channel, head, 0);
            if (!TwoBitFile.hasSignature(head.array(), head.position())) {
                return new WindowReader(channel, path, coordinates);
            }
            return new TwoBitWindowReader(channel,
                    TwoBitFile.read(Path.of(path), channel.size(), false), coordinates);
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot read: " + e.getMessage());
        }
    }
}
