package io.mapchunk.source.reader;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.index.IndexAnalysis;
import io.mapchunk.analysis.index.IndexBuildTest;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.testing.BgzfWriter;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.RandomFasta;
import io.mapchunk.testing.ScratchDirectory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random FASTA compressed as BGZF in small random blocks (records, lines and splits cross block
 * edges) or as plain gzip in several members, read through the split harness at random split,
 * read and chunk sizes: counts equal the naive counter's on the uncompressed bytes, and the index
 * equals the one built from the uncompressed twin.
 */
class CompressedInputPropertiesTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-bgzf");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 300)
    void bgzfCountsMatchNaiveCounterForAnyBlockAndSplitLayout(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 700) int blockSize,
            @ForAll @IntRange(min = 1, max = 300) int splitSize,
            @ForAll @IntRange(min = 8, max = 512) int mappingSize,
            @ForAll @IntRange(min = 1, max = 64) int chunkSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks) throws IOException {
        byte[] fasta = RandomFasta.generate(seed);
        Path file = directory.write("case-" + seed + ".fa.gz",
                BgzfWriter.bgzf(fasta, blockSize, (int) Math.floorMod(seed, 10L)));

        var counted = SplitHarness.count(file, ReadMethod.MAP, splitSize, mappingSize, chunkSize,
                subtasks, seed);

        var expected = NaiveCounts.fasta(fasta);
        assertThat(CountText.seqtk(counted))
                .as("blocks %d, split %d, read %d, chunk %d", blockSize, splitSize, mappingSize,
                        chunkSize)
                .isEqualTo(NaiveCounts.seqtk(expected));
        assertThat(counted).extracting(record -> record.counts().lower)
                .containsExactlyElementsOf(expected.stream().map(NaiveCounts.Row::lower).toList());
    }

    @Property(tries = 100)
    void gzipOfAnyMembersCountsAsItsUncompressedTwin(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4) int members,
            @ForAll @IntRange(min = 8, max = 512) int mappingSize,
            @ForAll @IntRange(min = 1, max = 64) int chunkSize) throws IOException {
        byte[] fasta = RandomFasta.generate(seed);
        Path file = directory.write("case-" + seed + ".fa.gz", BgzfWriter.gzip(fasta, members));

        var counted = SplitHarness.count(file, ReadMethod.READ, 100, mappingSize, chunkSize, 2,
                seed);

        assertThat(CountText.seqtk(counted)).isEqualTo(NaiveCounts.seqtk(NaiveCounts.fasta(fasta)));
    }

    @Property(tries = 200)
    void bgzfIndexEqualsTheIndexOfTheUncompressedTwin(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 9) int flavour,
            @ForAll @IntRange(min = 1, max = 300) int blockSize,
            @ForAll @IntRange(min = 1, max = 200) int splitSize) throws IOException {
        byte[] fasta = IndexBuildTest.randomFasta(new Random(seed), flavour);
        Path plain = directory.write("twin-" + seed + ".fa", fasta);
        Path compressed = directory.write("twin-" + seed + ".fa.gz",
                BgzfWriter.bgzf(fasta, blockSize, 6));

        Outcome expected = index(plain, splitSize, seed);
        Outcome actual = index(compressed, splitSize, seed);

        assertThat(actual.text()).as("index of the BGZF twin").isEqualTo(expected.text());
        assertThat(actual.error()).as("failure of the BGZF twin")
                .isEqualTo(expected.error() == null ? null
                        : expected.error().replace(plain.toString(), compressed.toString()));
    }

    @Property(tries = 50)
    void rawBgzfIsOneSequenceNamedWithoutTheCompressionExtension(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 500) int blockSize) throws IOException {
        byte[] raw = RandomFasta.raw(seed);
        Path file = directory.write("reads.smalla.gz", BgzfWriter.bgzf(raw, blockSize, 1));

        var counted = SplitHarness.count(file, ReadMethod.READ, 333, 64, 17, 2, seed);

        assertThat(CountText.seqtk(counted))
                .isEqualTo(NaiveCounts.seqtk(List.of(NaiveCounts.raw("reads", raw))));
    }

    private record Outcome(String text, String error) {}

    private static Outcome index(Path file, int splitSize, long seed) throws IOException {
        IndexAnalysis analysis = new IndexAnalysis();
        try {
            FastaIndex index = SplitHarness.run(Pass.of(analysis), file, ReadMethod.READ,
                    splitSize, 64, 16, 2, seed).get(analysis);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            index.write(out);
            return new Outcome(out.toString(StandardCharsets.ISO_8859_1), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e.getMessage());
        }
    }
}
