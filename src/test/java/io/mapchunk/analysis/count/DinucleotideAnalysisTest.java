package io.mapchunk.analysis.count;

import io.mapchunk.analysis.Pass;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;
import io.mapchunk.testing.NaiveDinucleotides;
import io.mapchunk.testing.RandomFasta;
import io.mapchunk.testing.ScratchDirectory;
import io.mapchunk.testing.SharedData;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dinucleotides run through the pass like any analysis, on files cut into any split layout (down
 * to one byte): equal to a naive count over each record's joined sequence lines.
 */
class DinucleotideAnalysisTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-pairs");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 300)
    void pairsMatchNaiveCountForAnySplitLayout(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int splitSize,
            @ForAll @IntRange(min = 8, max = 512) int windowSize,
            @ForAll @IntRange(min = 1, max = 64) int chunkSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks,
            @ForAll ReadMethod method) throws IOException {
        byte[] fasta = RandomFasta.generate(seed);
        Path file = directory.write("case-" + seed + ".fa", fasta);

        List<long[]> counted = pairs(file, method, splitSize, windowSize, chunkSize, subtasks, seed);

        assertThat(counted).as("split %d window %d chunk %d", splitSize, windowSize, chunkSize)
                .usingRecursiveComparison().isEqualTo(NaiveDinucleotides.fasta(fasta));
    }

    @Property(tries = 100)
    void pairsOfARawFileMatchNaiveCount(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int splitSize) throws IOException {
        byte[] raw = RandomFasta.raw(seed);
        Path file = directory.write("raw-" + seed + ".seq", raw);

        List<long[]> counted = pairs(file, ReadMethod.READ, splitSize, 64, 16, 2, seed);

        assertThat(counted).hasSize(1);
        assertThat(counted.get(0)).containsExactly(NaiveDinucleotides.raw(raw));
    }

    static List<String> genomes() {
        return SharedData.GENOMES;
    }

    /** The CG pair is faCount's CpG column: both count C then G, either case, across lines. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("genomes")
    void sharedGenomesMatchNaiveCountAndFaCountCpg(String genome) throws IOException {
        Path file = SharedData.file(genome + ".fa");

        List<long[]> counted = pairs(file, ReadMethod.MAP, 3_999_999L, 1 << 20, 1 << 18, 2, 5);

        assertThat(counted).usingRecursiveComparison()
                .isEqualTo(NaiveDinucleotides.fasta(Files.readAllBytes(file)));
        List<String> facount = Files.readAllLines(SharedData.file(genome + ".facount.tsv"),
                StandardCharsets.ISO_8859_1);
        for (int r = 0; r < counted.size(); r++) {
            String[] columns = facount.get(r + 1).split("\t");
            assertThat(counted.get(r)[DinucleotideAnalysis.PAIRS.indexOf("CG")])
                    .as("CG of %s", columns[0]).isEqualTo(Long.parseLong(columns[7]));
        }
    }

    private static List<long[]> pairs(Path file, ReadMethod method, long splitSize,
            long windowSize, int chunkSize, int subtasks, long seed) throws IOException {
        DinucleotideAnalysis pairs = new DinucleotideAnalysis();
        return SplitHarness.run(Pass.of(pairs), file, method, splitSize, windowSize, chunkSize,
                subtasks, seed).get(pairs);
    }
}
