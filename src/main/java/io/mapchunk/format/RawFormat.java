package io.mapchunk.format;

import java.util.Optional;

/**
 * Raw sequence: bases only, in lines of any width or one line, no header; the whole file is one
 * record named after the file. Split at any byte; its index follows from its first line and its
 * size ({@link RawIndex}) unless a {@code .fai} is beside it or its shape needs a pass.
 */
public record RawFormat() implements SequenceFormat {

    @Override
    public String name() {
        return "raw";
    }

    /** Only sequence letters and white space in the first bytes. */
    @Override
    public boolean recognizes(byte[] head, int length) {
        int first = ContentSniffer.firstNonSpace(head, length);
        return first < length && ContentSniffer.firstForeignByte(head, first, length) < 0;
    }

    @Override
    public boolean headerLines() {
        return false;
    }

    @Override
    public Optional<FastaIndex> indexWithoutPass(SequenceFile file) {
        Optional<FastaIndex> beside = IndexBeside.read(file);
        return beside.isPresent() ? beside : RawIndex.of(file);
    }
}
