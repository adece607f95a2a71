package io.mapchunk.format;

import java.util.List;

/**
 * The one registry of formats: a file's format is the first of {@link #ALL} that recognises its
 * first bytes. Adding a format is its class and its place in this list (binary signatures first,
 * then text formats from the strictest to the most lenient).
 */
public final class SequenceFormats {

    public static final SequenceFormat FASTA = new FastaFormat();
    public static final SequenceFormat RAW = new RawFormat();
    public static final SequenceFormat TWO_BIT = new TwoBitFormat();
    public static final SequenceFormat FASTQ = new FastqFormat();

    private static final List<SequenceFormat> ALL = List.of(TWO_BIT, FASTA, FASTQ, RAW);

    private SequenceFormats() {}

    /**
     * The format of a file that starts with {@code head[0..length)}; an empty file is an empty
     * FASTA. Throws {@link io.mapchunk.io.InputFileException} naming what the file looks like when
     * no format recognises it.
     */
    public static SequenceFormat detect(String name, byte[] head, int length) {
        if (length == 0) {
            return FASTA;
        }
        for (SequenceFormat format : ALL) {
            if (format.recognizes(head, length)) {
                return format;
            }
        }
        throw ContentSniffer.unrecognized(name, head, length);
    }
}
