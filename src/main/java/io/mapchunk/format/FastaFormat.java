package io.mapchunk.format;

import java.util.Optional;

/**
 * FASTA: records of a {@code >name} header line followed by sequence lines, of any width, LF or
 * CRLF. Split at any byte (a reader finds its records by their header lines); indexed by a
 * {@code .fai} beside it or by a pass; windows read through the index's line arithmetic.
 */
public record FastaFormat() implements SequenceFormat {

    @Override
    public String name() {
        return "FASTA";
    }

    /** A first non-blank byte {@code >}, or only white space (an empty FASTA). */
    @Override
    public boolean recognizes(byte[] head, int length) {
        int first = ContentSniffer.firstNonSpace(head, length);
        return first == length || head[first] == '>';
    }

    @Override
    public boolean headerLines() {
        return true;
    }

    @Override
    public Optional<FastaIndex> indexWithoutPass(SequenceFile file) {
        return IndexBeside.read(file);
    }
}
