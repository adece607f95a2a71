package io.mapchunk.format;

import io.mapchunk.io.InputFileException;

import java.util.Optional;

/**
 * FASTQ: reads of four lines each ({@link FastqRecord}), single-line as Illumina, ONT and PacBio
 * write them, LF or CRLF. A file of reads has no coordinates: it is not indexed and has no windows;
 * each record is read whole by the split its {@code @} lies in, which finds its first record by
 * {@link FastqRecord#parse} (a quality line that begins with {@code @} cannot pass for a header).
 */
public record FastqFormat() implements SequenceFormat {

    @Override
    public String name() {
        return "FASTQ";
    }

    /** A first byte {@code @}; the records themselves are checked as they are read. */
    @Override
    public boolean recognizes(byte[] head, int length) {
        return length > 0 && head[0] == '@';
    }

    @Override
    public boolean headerLines() {
        return true;
    }

    @Override
    public boolean reads() {
        return true;
    }

    @Override
    public Optional<FastaIndex> indexWithoutPass(SequenceFile file) {
        return Optional.empty();
    }

    @Override
    public void checkIndexPass(SequenceFile file) {
        throw new InputFileException(file.path() + ": FASTQ reads have no coordinates to index;"
                + " stats, count, sample and report read them directly");
    }

    @Override
    public WindowSource windows(java.nio.channels.FileChannel channel, SequenceFile file,
            GenomeCoordinates coordinates) {
        throw new InputFileException(file.path() + ": FASTQ reads have no windows");
    }
}
