package io.mapchunk.source.reader;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.InputFileException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The reads every split scanner makes around its spans, with the faults named as the user sees them. */
final class SpanChecks {

    private SpanChecks() {}

    /** A file cut shorter since planning would fault when mapped: refuse it with a clear reason. */
    static void checkStillCovers(FileChannel channel, SequenceFile file, long end)
            throws IOException {
        long size = channel.size();
        if (size < end) {
            throw new InputFileException(file.path() + ": changed while being read (now " + size
                    + " bytes, " + file.size() + " when the job started)");
        }
    }

    /** The byte before {@code offset}: whether a split starts at a line start. */
    static byte byteBefore(FileChannel channel, SequenceFile file, long offset) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        if (channel.read(one, offset - 1) != 1) {
            throw new InputFileException(file.path() + ": cannot read byte " + (offset - 1));
        }
        return one.get(0);
    }
}
