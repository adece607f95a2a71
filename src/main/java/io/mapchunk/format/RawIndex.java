package io.mapchunk.format;

import io.mapchunk.io.Bytes;
import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputLocation;
import io.mapchunk.io.InputFileException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Optional;

/**
 * The index of a raw sequence file without reading it: a raw file is one record at offset 0, so
 * its coordinates follow from its first line (bases and bytes per line) and its size (minus one
 * final line end). Only the first line, the last bytes and the last line end are read; a first
 * line is looked for in the first {@link #FIRST_LINE_LIMIT} bytes, and a file without a line end
 * there is taken to be one line (were it not, the windows read across a line end fail with "the
 * index does not match the file"). A file whose
 * shape those do not settle (a blank first line, stray line ends at its end, a last line longer
 * than the first) gets no index here; its caller runs the full index pass, which names the fault.
 */
public final class RawIndex {

    static final long FIRST_LINE_LIMIT = 1 << 20;
    private static final int BLOCK = 64 * 1024;

    private RawIndex() {}

    public static Optional<FastaIndex> of(SequenceFile file) {
        if (file.format().headerLines()) {
            throw new IllegalArgumentException(file.path() + " is not a raw sequence file");
        }
        try (FileChannel channel = InputChannels.open(InputLocation.of(file.path()))) {
            return Optional.ofNullable(entry(channel, file))
                    .map(entry -> new FastaIndex(List.of(entry)));
        } catch (IOException e) {
            throw new InputFileException(file.path() + ": cannot read: " + e.getMessage());
        }
    }

    private static FaiEntry entry(FileChannel channel, SequenceFile file) throws IOException {
        long size = file.size();
        long newline = firstNewline(channel, size);
        long content = size;
        byte[] tail = FastaIndex.read(channel, Math.max(0, size - 2), (int) Math.min(2, size));
        if (tail.length > 0 && tail[tail.length - 1] == '\n') {
            content--;
            if (tail.length > 1 && tail[0] == '\r') {
                content--;
            }
        }
        if (content == 0 || Bytes.isLineEnd(FastaIndex.read(channel, 0, 1)[0])
                || Bytes.isLineEnd(FastaIndex.read(channel, content - 1, 1)[0])) {
            return null;
        }
        if (newline < 0 || newline >= content) {
            // one line: its bases are all there is (samtools counts a missing line end as one byte)
            return new FaiEntry(file.rawSequenceName(), content, 0, content,
                    newline < 0 ? content + 1 : size);
        }
        long width = newline + 1;
        long bases = newline > 0 && FastaIndex.read(channel, newline - 1, 1)[0] == '\r' ? newline - 1 : newline;
        long fullLines = content / width;
        long last = content % width;
        if (bases == 0 || last == 0 || last > bases
                || FastaIndex.read(channel, fullLines * width - 1, 1)[0] != '\n') {
            return null;
        }
        return new FaiEntry(file.rawSequenceName(), fullLines * bases + last, 0, bases, width);
    }

    private static long firstNewline(FileChannel channel, long size) throws IOException {
        long limit = Math.min(size, FIRST_LINE_LIMIT);
        for (long at = 0; at < limit; at += BLOCK) {
            byte[] block = FastaIndex.read(channel, at, (int) Math.min(BLOCK, limit - at));
            for (int i = 0; i < block.length; i++) {
                if (block[i] == '\n') {
                    return at + i;
                }
            }
        }
        return -1;
    }
}
