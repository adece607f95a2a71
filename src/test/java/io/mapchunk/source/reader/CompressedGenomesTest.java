package io.mapchunk.source.reader;

import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.testing.BgzfWriter;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.ScratchDirectory;
import io.mapchunk.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every genome in shared/data compressed here as BGZF (full 65280-byte blocks, as bgzip makes
 * them) and as two-member gzip, cut at odd split sizes: counts byte-identical to faCount's and
 * seqtk comp's on the uncompressed file.
 */
class CompressedGenomesTest {

    static List<String> genomes() {
        return SharedData.GENOMES;
    }

    private static ScratchDirectory directory;

    @BeforeAll
    static void createDirectory() {
        directory = new ScratchDirectory("mapchunk-bgzf-genomes");
    }

    @AfterAll
    static void deleteDirectory() throws IOException {
        directory.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genomes")
    void bgzfCountsMatchFaCountAndSeqtkReferences(String genome) throws Exception {
        byte[] plain = Files.readAllBytes(SharedData.file(genome + ".fa"));
        Path file = directory.write(genome + ".fa.gz", BgzfWriter.bgzf(plain, 65280, 1));

        List<SequenceCount> records = SplitHarness.count(file, ReadMethod.READ, 3_999_999L,
                1 << 20, 1 << 18, 2, 7);

        assertMatchesReferences(genome, records);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genomes")
    void gzipCountsMatchFaCountAndSeqtkReferences(String genome) throws Exception {
        byte[] plain = Files.readAllBytes(SharedData.file(genome + ".fa"));
        Path file = directory.write(genome + ".fa.gz", BgzfWriter.gzip(plain, 2));

        List<SequenceCount> records = SplitHarness.count(file, ReadMethod.READ, 3_999_999L,
                1 << 20, 1 << 18, 2, 7);

        assertMatchesReferences(genome, records);
    }

    private static void assertMatchesReferences(String genome, List<SequenceCount> records)
            throws IOException {
        assertThat(CountText.facount(records)).isEqualTo(Files.readString(
                SharedData.file(genome + ".facount.tsv"), StandardCharsets.ISO_8859_1));
        assertThat(CountText.seqtk(records)).isEqualTo(Files.readString(
                SharedData.file(genome + ".seqtk-comp.tsv"), StandardCharsets.ISO_8859_1));
    }
}
