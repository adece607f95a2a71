package io.mapchunk.source.reader;

import io.mapchunk.source.ReadMethod;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.RandomFasta;
import io.mapchunk.testing.ScratchDirectory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random FASTA and raw files, cut into random split, window and chunk sizes (down to one byte)
 * and read in random order: counts must equal the naive line-by-line counter's.
 */
class SplitScanningPropertiesTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-props");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 400)
    void fastaCountsMatchNaiveCounterForAnySplitLayout(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int splitSize,
            @ForAll @IntRange(min = 8, max = 512) int mappingSize,
            @ForAll @IntRange(min = 1, max = 64) int chunkSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks,
            @ForAll ReadMethod method) throws IOException {
        byte[] fasta = RandomFasta.generate(seed);
        Path file = directory.write("case-" + seed + ".fa", fasta);

        var counted = SplitHarness.count(file, method, splitSize, mappingSize, chunkSize, subtasks,
                seed);

        var expected = NaiveCounts.fasta(fasta);
        assertThat(CountText.facount(counted))
                .as("faCount layout, split %d window %d chunk %d", splitSize, mappingSize, chunkSize)
                .isEqualTo(NaiveCounts.facount(expected));
        assertThat(CountText.seqtk(counted)).as("seqtk comp layout")
                .isEqualTo(NaiveCounts.seqtk(expected));
        assertThat(counted).extracting(record -> record.counts().lower)
                .as("lowercase counts")
                .containsExactlyElementsOf(expected.stream().map(NaiveCounts.Row::lower).toList());
    }

    @Property(tries = 100)
    void rawCountsMatchNaiveCounterForAnySplitLayout(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 700) int splitSize,
            @ForAll @IntRange(min = 8, max = 256) int mappingSize,
            @ForAll @IntRange(min = 1, max = 100) int chunkSize,
            @ForAll ReadMethod method) throws IOException {
        byte[] raw = RandomFasta.raw(seed);
        Path file = directory.write("reads-" + seed + ".smalla", raw);

        var counted = SplitHarness.count(file, method, splitSize, mappingSize, chunkSize, 2, seed);

        assertThat(CountText.seqtk(counted))
                .isEqualTo(NaiveCounts.seqtk(java.util.List.of(NaiveCounts.raw("reads-" + seed, raw))));
    }
}
