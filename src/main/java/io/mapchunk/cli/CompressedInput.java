package io.mapchunk.cli;

import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.io.BgzfBlocks;
import io.mapchunk.io.Compression;
import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the commands do about a compressed input beyond reading it: a note that plain gzip is read
 * by one reader, the refusal of plain gzip where positions are needed (as samtools refuses it),
 * and the {@code .gzi} written beside a BGZF file with its {@code .fai}.
 */
final class CompressedInput {

    private CompressedInput() {}

    /** One note on stderr when {@code input} is plain gzip: it is read, but not in parallel. */
    static void noteStreamed(InputLocation input) {
        if (compression(input) == Compression.GZIP) {
            Invocation.current().err().println("mapchunk: " + input + " is plain gzip, which one reader has to"
                    + " inflate from start to end; recompress it with bgzip to read it in parallel");
        }
    }

    /** Refuses plain gzip for commands that read bases by position (index, sample). */
    static void refuseGzip(InputLocation input) {
        if (compression(input) == Compression.GZIP) {
            throw new InputFileException(input + ": cannot index or read by position a file"
                    + " compressed with plain gzip; recompress it with bgzip (gzip -dc IN | bgzip"
                    + " > OUT), as samtools faidx asks");
        }
    }

    /**
     * Writes {@code INPUT.gzi} (samtools' layout) when {@code input} is BGZF, from its chain of
     * block headers: a stale {@code .gzi} is replaced, so the job that follows reads by this one.
     */
    static void writeGzi(InputLocation input) throws IOException {
        if (input.isLocal() && compression(input) == Compression.BGZF) {
            BgzfBlocks blocks = BgzfBlocks.walk(input.localPath());
            OutputTarget.file(BgzfBlocks.gziPath(input.localPath()), input.localPath())
                    .write(blocks::writeGzi);
        }
    }

    static Compression compression(InputLocation input) {
        if (input.isLocal() && (!Files.isRegularFile(input.localPath())
                || !Files.isReadable(input.localPath()))) {
            return Compression.NONE; // the job names what is wrong with it
        }
        try {
            return InputChannels.compression(input);
        } catch (IOException | RuntimeException e) {
            return Compression.NONE;
        }
    }
}
