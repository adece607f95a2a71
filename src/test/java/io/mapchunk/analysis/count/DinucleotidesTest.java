package io.mapchunk.analysis.count;

import io.mapchunk.testing.Kernels;
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
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dinucleotides counted with the bases, on files cut into any split layout (down to one byte):
 * equal to a naive count over each record's joined sequence lines, and the base counts equal to
 * those counted without pairs.
 */
class DinucleotidesTest {

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
            @ForAll @IntRange(min = 8, max = 512) int mappingSize,
            @ForAll @IntRange(min = 1, max = 64) int chunkSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks,
            @ForAll ReadMethod method, @ForAll boolean vector) throws Exception {
        byte[] fasta = RandomFasta.generate(seed);
        Path file = directory.write("case-" + seed + ".fa", fasta);

        List<long[]> counted = Kernels.with(vector, () ->
                pairs(file, method, splitSize, mappingSize, chunkSize, subtasks, seed));

        assertThat(counted).as("split %d window %d chunk %d", splitSize, mappingSize, chunkSize)
                .usingRecursiveComparison().isEqualTo(NaiveDinucleotides.fasta(fasta));
    }

    @Property(tries = 100)
    void pairsOfARawFileMatchNaiveCount(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int splitSize) throws Exception {
        byte[] raw = RandomFasta.raw(seed);
        Path file = directory.write("raw-" + seed + ".seq", raw);

        List<long[]> counted = pairs(file, ReadMethod.READ, splitSize, 64, 16, 2, seed);

        assertThat(counted).hasSize(1);
        assertThat(counted.get(0)).containsExactly(NaiveDinucleotides.raw(raw));
    }

    /**
     * Long records of A C G T N (either case) with LF line ends, so that whole 4 KiB blocks take
     * the vector kernel's fast path; now and then a blank line, CR or IUPAC code sends a block
     * back to the plain loop.
     */
    @Property(tries = 200)
    void pairsOfLongCleanRecordsMatchNaiveCountWithEitherKernel(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40_000) int splitSize,
            @ForAll @IntRange(min = 1, max = 9000) int chunkSize, @ForAll boolean vector)
            throws Exception {
        byte[] fasta = cleanFasta(new Random(seed));
        Path file = directory.write("clean-" + seed + ".fa", fasta);

        List<long[]> counted = Kernels.with(vector, () ->
                pairs(file, ReadMethod.READ, splitSize, 1 << 16, chunkSize, 2, seed));

        assertThat(counted).as("split %d chunk %d", splitSize, chunkSize)
                .usingRecursiveComparison().isEqualTo(NaiveDinucleotides.fasta(fasta));
    }

    private static byte[] cleanFasta(Random random) {
        StringBuilder out = new StringBuilder();
        int records = 1 + random.nextInt(3);
        for (int r = 0; r < records; r++) {
            out.append(">r").append(r).append('\n');
            int length = random.nextInt(30_000);
            int width = 1 + random.nextInt(120);
            for (int i = 0; i < length; i++) {
                out.append("ACGTNacgtn".charAt(random.nextInt(random.nextInt(50) == 0 ? 10 : 4)));
                if ((i + 1) % width == 0) {
                    out.append(random.nextInt(2000) == 0 ? "\n\n" : random.nextInt(3000) == 0
                            ? "\r\n" : "\n");
                }
                if (random.nextInt(20_000) == 0) {
                    out.append('R');
                }
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static List<String> genomes() {
        return SharedData.GENOMES;
    }

    /** The CG pair is faCount's CpG column: both count C then G, either case, across lines. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("genomes")
    void sharedGenomesMatchNaiveCountAndFaCountCpg(String genome) throws Exception {
        Path file = SharedData.file(genome + ".fa");

        List<long[]> counted = Kernels.with(true, () ->
                pairs(file, ReadMethod.MAP, 3_999_999L, 1 << 20, 1 << 18, 2, 5));

        assertThat(counted).usingRecursiveComparison()
                .isEqualTo(NaiveDinucleotides.fasta(Files.readAllBytes(file)));
        List<String> facount = Files.readAllLines(SharedData.file(genome + ".facount.tsv"),
                StandardCharsets.ISO_8859_1);
        for (int r = 0; r < counted.size(); r++) {
            String[] columns = facount.get(r + 1).split("\t");
            assertThat(counted.get(r)[Dinucleotides.PAIRS.indexOf("CG")])
                    .as("CG of %s", columns[0]).isEqualTo(Long.parseLong(columns[7]));
        }
    }

    private static List<long[]> pairs(Path file, ReadMethod method, long splitSize,
            long mappingSize, int chunkSize, int subtasks, long seed) throws IOException {
        CountAnalysis counts = CountAnalysis.withDinucleotides();
        List<SequenceCount> counted = SplitHarness.run(Pass.of(counts), file, method, splitSize,
                mappingSize, chunkSize, subtasks, seed).get(counts);
        CountAnalysis plain = CountAnalysis.bases();
        List<SequenceCount> basesOnly = SplitHarness.run(Pass.of(plain), file, method, splitSize,
                mappingSize, chunkSize, subtasks, seed).get(plain);
        assertThat(counted).extracting(SequenceCount::counts).as("base counts with pairs")
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(basesOnly.stream().map(SequenceCount::counts).toList());
        return counted.stream().map(SequenceCount::pairs).toList();
    }
}
