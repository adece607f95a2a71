package io.mapchunk.source;

import io.mapchunk.io.InputLocation;
import io.mapchunk.testing.ScratchDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The split size a source chooses when none is given: the default for large files, the file cut
 * among the subtasks when it is smaller than a default split each, never below the minimum; a
 * split size that is given is kept.
 */
class SplitSizeRuleTest {

    private ScratchDirectory directory;

    @BeforeEach
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-split-rule");
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Test
    void aFileOfTwoMinimumSplitsOrMoreIsCutAmongTheSubtasks() throws IOException {
        Path file = fasta(40L << 20);

        assertThat(splitSize(file, 2)).isEqualTo(20L << 20);
        assertThat(splitSize(file, 4)).isEqualTo(MappedGenomeSource.MIN_SHARED_SPLIT_SIZE);
        assertThat(splitSize(file, 1)).isEqualTo(40L << 20);
    }

    @Test
    void aSmallFileStaysOneSplitAndAGivenSizeIsKept() throws IOException {
        Path file = fasta(5L << 20);

        assertThat(splitSize(file, 2)).isEqualTo(MappedGenomeSource.MIN_SHARED_SPLIT_SIZE);
        assertThat(MappedGenomeSource.forFile(InputLocation.of(file)).subtasks(2)
                .splitSize(1 << 20).build().splitSize()).isEqualTo(1 << 20);
    }

    private static long splitSize(Path file, int subtasks) {
        return MappedGenomeSource.forFile(InputLocation.of(file)).subtasks(subtasks).build()
                .splitSize();
    }

    /** A FASTA of exactly {@code size} bytes. */
    private Path fasta(long size) throws IOException {
        Path file = directory.write("genome.fa", new byte[0]);
        byte[] line = ("ACGT".repeat(15) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] header = ">chr1\n".getBytes(StandardCharsets.US_ASCII);
            out.write(header);
            long left = size - header.length;
            for (; left >= line.length; left -= line.length) {
                out.write(line);
            }
            for (; left > 0; left--) {
                out.write('A');
            }
        }
        assertThat(Files.size(file)).isEqualTo(size);
        return file;
    }
}
