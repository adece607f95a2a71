package io.mapchunk.source.reader;

import org.apache.flink.annotation.Internal;
import io.mapchunk.io.InputFileException;
import io.mapchunk.format.RecordName;
import io.mapchunk.io.Bytes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A FASTA header line read with positional reads (it may run past the split and the mapped window):
 * the record name ({@link RecordName}; bytes kept as ISO-8859-1 chars), whether blanks come before
 * it (seqtk then names the record ""), and where the line ends.
 */
@Internal
record HeaderLine(String name, boolean indented, long terminator) {

    private static final int BLOCK = 8192;
    private static final int MAX_NAME = 1 << 20;

    /**
     * Reads the header starting with {@code >} at {@code offset}. {@code terminator} is the offset of
     * its line end, or the file size if the file ends inside the header.
     */
    static HeaderLine read(FileChannel channel, String path, long offset, long fileSize)
            throws IOException {
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        StringBuilder name = new StringBuilder();
        boolean inName = true;
        boolean indented = false;
        long position = offset + 1;
        while (position < fileSize) {
            block.clear();
            int read = channel.read(block, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                byte b = block.get(i);
                if (Bytes.isLineEnd(b)) {
                    return new HeaderLine(name.toString(), indented, position + i);
                }
                if (inName) {
                    if (RecordName.isBlank(b)) {
                        inName = name.length() == 0; // blanks before the name are skipped
                        indented |= inName;
                    } else if (name.length() < MAX_NAME) {
                        name.append((char) (b & 0xff));
                    } else {
                        throw new InputFileException(path + ": header at byte " + offset
                                + " has a name longer than " + MAX_NAME + " bytes");
                    }
                }
            }
            position += read;
        }
        return new HeaderLine(name.toString(), indented, fileSize);
    }
}
