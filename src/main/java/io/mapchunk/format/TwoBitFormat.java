package io.mapchunk.format;

import io.mapchunk.io.Compression;
import io.mapchunk.io.InputFileException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * UCSC {@code .2bit}: packed bases with N and mask block lists ({@link TwoBitFile}). Its header,
 * index and block lists are parsed and checked once, at inspection, and travel with the file;
 * splits are byte ranges of a quarter of the text's size (four bases a byte); it carries its own
 * index. Read through the same channels as every input, so a {@code .2bit} on HDFS or S3 works.
 */
public record TwoBitFormat() implements SequenceFormat {

    /** seqkit reads a {@code .2bit} as the FASTA it stands for. */
    @Override
    public String name() {
        return "FASTA";
    }

    @Override
    public boolean recognizes(byte[] head, int length) {
        return TwoBitFile.hasSignature(head, length);
    }

    /** Refuses a damaged file before any job reads it: every offset and block list is checked. */
    @Override
    public FormatHeader inspect(FileChannel channel, String path, long size,
            Compression compression) throws IOException {
        if (compression != Compression.NONE) {
            throw new InputFileException(path + ": a compressed .2bit file is not supported;"
                    + " decompress it first");
        }
        return TwoBitFile.read(channel, path, size);
    }

    @Override
    public boolean headerLines() {
        return false;
    }

    @Override
    public long splitBytes(long splitSize) {
        return Math.max(1, splitSize / 4);
    }

    /** The index of the logical text ({@link TwoBitFile#index()}); no {@code .fai} is looked for. */
    @Override
    public Optional<FastaIndex> indexWithoutPass(SequenceFile file) {
        return Optional.of(TwoBitFile.of(file).index());
    }

    @Override
    public void checkIndexPass(SequenceFile file) {
        throw new InputFileException(file.path() + ": a .2bit file carries its own index;"
                + " there is no .fai to build (count, gc, sample and report read it directly)");
    }

    @Override
    public WindowSource windows(FileChannel channel, SequenceFile file,
            GenomeCoordinates coordinates) {
        return new TwoBitWindowReader(channel, TwoBitFile.of(file), coordinates);
    }
}
