package io.mapchunk.source.reader;

import org.apache.flink.annotation.Internal;
import io.mapchunk.io.FileMapping;
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
     * Reads the header starting with {@code >} at {@code offset}, taking the bytes before
     * {@code mappingEnd} from {@code mapping} (which holds the header's start; null for none) and
     * reading only what lies past it, so a header is not read twice and a compressed file inflates
     * no block again. {@code terminator} is the offset of its line end, or the file size if the
     * file ends inside the header.
     */
    static HeaderLine read(FileMapping mapping, long mappingEnd, FileChannel channel, String path,
            long offset, long fileSize) throws IOException {
        Name name = new Name(path, offset);
        long position = offset + 1;
        for (; mapping != null && position < mappingEnd; position++) {
            if (name.ends(mapping.byteAt(position))) {
                return name.line(position);
            }
        }
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        while (position < fileSize) {
            block.clear();
            int read = channel.read(block, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (name.ends(block.get(i))) {
                    return name.line(position + i);
                }
            }
            position += read;
        }
        return name.line(fileSize);
    }

    /** The name as a header's bytes come in, one at a time. */
    private static final class Name {
        private final String path;
        private final long offset;
        private final StringBuilder name = new StringBuilder();
        private boolean inName = true;
        private boolean indented;

        Name(String path, long offset) {
            this.path = path;
            this.offset = offset;
        }

        /** Takes the next byte of the line; true if it is the line end. */
        boolean ends(byte b) {
            if (Bytes.isLineEnd(b)) {
                return true;
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
            return false;
        }

        HeaderLine line(long terminator) {
            return new HeaderLine(name.toString(), indented, terminator);
        }
    }
}
