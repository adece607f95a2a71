package io.mapchunk.source.reader;

import io.mapchunk.io.InputFileException;
import io.mapchunk.format.SequenceFormats;
import io.mapchunk.format.SequenceFile;
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
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random bytes and random mutations of FASTA fed to the reader: the only outcomes allowed are the
 * naive counter's result or a clear {@link InputFileException} naming the file.
 */
class FuzzedInputPropertiesTest {

    private static final byte[] NASTY = {'>', '\n', '\r', 0, ' ', (byte) 0xff, 'N', 'c', 'g', '\t'};

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-fuzz");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 300)
    void mutatedFastaGivesCorrectCountsOrAClearError(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int mutations,
            @ForAll @IntRange(min = 1, max = 200) int splitSize) throws IOException {
        Random random = new Random(seed);
        byte[] bytes = RandomFasta.generate(seed);
        if (bytes.length == 0) {
            bytes = new byte[] {'>'};
        }
        for (int i = 0; i < mutations; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = NASTY[random.nextInt(NASTY.length)];
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                default -> bytes = java.util.Arrays.copyOf(bytes, Math.max(1, at));
            }
        }
        checkOutcome(directory.write("mutant-" + seed + ".fa", bytes), bytes, splitSize);
    }

    @Property(tries = 100)
    void randomBytesGiveCorrectCountsOrAClearError(
            @ForAll byte[] bytes, @ForAll @IntRange(min = 1, max = 64) int splitSize)
            throws IOException {
        checkOutcome(directory.write("noise.bin", bytes), bytes, splitSize);
    }

    private static void checkOutcome(Path file, byte[] bytes, int splitSize) throws IOException {
        SequenceFile inspected;
        List<io.mapchunk.analysis.count.SequenceCount> counted;
        try {
            inspected = SequenceFile.inspect(file);
            counted = SplitHarness.count(file, ReadMethod.READ, splitSize, 64, 16, 2, 1);
        } catch (InputFileException e) {
            assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n");
            return;
        }
        List<NaiveCounts.Row> expected = inspected.format().equals(SequenceFormats.RAW)
                ? List.of(NaiveCounts.raw(inspected.rawSequenceName(), bytes))
                : NaiveCounts.fasta(bytes);
        assertThat(CountText.seqtk(counted)).isEqualTo(NaiveCounts.seqtk(expected));
    }
}
