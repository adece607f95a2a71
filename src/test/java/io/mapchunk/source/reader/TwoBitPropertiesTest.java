package io.mapchunk.source.reader;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.analysis.gc.GcAnalysis;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.TwoBitFile;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.Kernels;
import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.NaiveDinucleotides;
import io.mapchunk.testing.NaiveWindows;
import io.mapchunk.testing.RandomTwoBitGenome;
import io.mapchunk.testing.ScratchDirectory;
import io.mapchunk.testing.TwoBitWriter;
import io.mapchunk.testing.WindowLines;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random .2bit files (both versions and byte orders, N and mask runs everywhere) written by the
 * tests' own writer, read in any split, mapping and chunk layout: counts, dinucleotides and GC
 * windows equal those of the FASTA they were made from, by the naive counters.
 */
class TwoBitPropertiesTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-2bit");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 400)
    void countsAndPairsEqualTheFastaTwinsForAnySplitLayout(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 400) int splitSize,
            @ForAll @IntRange(min = 1, max = 300) int mappingSize,
            @ForAll @IntRange(min = 1, max = 200) int chunkSize,
            @ForAll @IntRange(min = 1, max = 3) int subtasks,
            @ForAll ReadMethod method, @ForAll boolean vector) throws Exception {
        RandomTwoBitGenome genome = RandomTwoBitGenome.generate(seed);
        Path file = directory.write("g-" + seed + ".2bit", genome.twoBit());
        CountAnalysis counts = CountAnalysis.withDinucleotides();

        Pass.Results results = Kernels.with(vector, () -> SplitHarness.run(Pass.of(counts),
                file, method, splitSize, mappingSize, chunkSize, subtasks, seed));

        List<SequenceCount> counted = results.get(counts);
        var expected = NaiveCounts.fasta(genome.fasta());
        String layout = String.format("v%d %s split %d mapping %d chunk %d", genome.version(),
                genome.order(), splitSize, mappingSize, chunkSize);
        assertThat(CountText.facount(counted)).as("faCount, " + layout)
                .isEqualTo(NaiveCounts.facount(expected));
        assertThat(CountText.seqtk(counted)).as("seqtk comp, " + layout)
                .isEqualTo(NaiveCounts.seqtk(expected));
        assertThat(counted).extracting(record -> record.counts().lower).as("lowercase, " + layout)
                .containsExactlyElementsOf(expected.stream().map(NaiveCounts.Row::lower).toList());
        assertThat(counted).extracting(SequenceCount::pairs).as("dinucleotides, " + layout)
                .containsExactlyElementsOf(NaiveDinucleotides.fasta(genome.fasta()));
    }

    /** Version 1 exists for files over 4 GiB: a record at byte 5 GiB of a sparse file. */
    @Example
    void recordPastFourGibibytesIsReadThroughSixtyFourBitOffsets() throws Exception {
        String sequence = "NNACGTacgtCGCGnnAC".repeat(50);
        byte[] small = TwoBitWriter.write(List.of("far"), List.of(sequence), 1,
                ByteOrder.LITTLE_ENDIAN, null);
        int header = 16 + 1 + 3 + 8;
        long far = 5L << 30;
        Path file = directory.write("far.2bit", new byte[0]);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer head = ByteBuffer.wrap(small, 0, header).slice().order(ByteOrder.LITTLE_ENDIAN);
            head.putLong(header - 8, far);
            channel.write(head, 0);
            channel.write(ByteBuffer.wrap(small, header, small.length - header), far);
        }
        CountAnalysis counts = CountAnalysis.bases();

        List<SequenceCount> counted = SplitHarness.run(Pass.of(counts), file, ReadMethod.READ,
                1L << 32, 1 << 16, 1 << 10, 2, 1).get(counts);

        assertThat(TwoBitFile.of(SequenceFile.inspect(file)).version()).isEqualTo(1);
        assertThat(CountText.seqtk(counted)).isEqualTo(NaiveCounts.seqtk(NaiveCounts.fasta(
                (">far\n" + sequence + "\n").getBytes(StandardCharsets.US_ASCII))));
    }

    @Property(tries = 200)
    void gcWindowsEqualTheFastaTwinsForAnySplitLayout(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 400) int splitSize,
            @ForAll @IntRange(min = 1, max = 300) int chunkSize,
            @ForAll @LongRange(min = 1, max = 300) long window,
            @ForAll @LongRange(min = 1, max = 300) long step) throws Exception {
        RandomTwoBitGenome genome = RandomTwoBitGenome.generate(seed);
        Path file = directory.write("w-" + seed + ".2bit", genome.twoBit());
        var index = TwoBitFile.of(SequenceFile.inspect(file)).index();
        GcAnalysis gc = new GcAnalysis(index, new WindowSpec(window, step));

        var table = SplitHarness.run(Pass.of(gc), file, ReadMethod.READ, splitSize, 1 << 16,
                chunkSize, 2, seed).get(gc);

        List<String> names = index.entries().stream().map(FaiEntry::name).toList();
        List<String> sequences = genome.sequences().stream().filter(s -> !s.isEmpty())
                .map(TwoBitWriter::twoBitText).toList();
        assertThat(WindowLines.of(table)).containsExactlyElementsOf(
                NaiveWindows.of(names, sequences, window, step));
    }
}
