package io.mapchunk.analysis.sample;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.TwoBitFile;
import io.mapchunk.testing.RandomTwoBitGenome;
import io.mapchunk.testing.ScratchDirectory;
import io.mapchunk.testing.TwoBitWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Windows sampled from a random .2bit are the FASTA twin's windows (same seed, same coordinates)
 * with the bases {@code twoBitToFa} prints: N inside N blocks, lowercase inside mask blocks; and
 * {@code --exclude-n} keeps the same windows.
 */
class TwoBitSampleTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-2bit-sample");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 100)
    void sampledWindowsEqualTheFastaTwins(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int length,
            @ForAll @IntRange(min = 1, max = 400) int count,
            @ForAll boolean distinct, @ForAll boolean excludeN, @ForAll boolean perSequence)
            throws Exception {
        RandomTwoBitGenome genome = RandomTwoBitGenome.generate(seed);
        Path twoBit = directory.write("s-" + seed + ".2bit", genome.twoBit());
        Path fasta = directory.write("s-" + seed + ".fa", genome.fasta());
        FastaIndex twoBitIndex = TwoBitFile.of(SequenceFile.inspect(twoBit)).index();
        FastaIndex fastaIndex = fastaIndex(genome);
        if (fastaIndex.size() == 0) {
            return;
        }
        SampleRequest request = new SampleRequest(count, length, seed, distinct, excludeN,
                perSequence);

        SampleFixture.Result fromTwoBit;
        SampleFixture.Result fromFasta;
        try {
            fromFasta = SampleFixture.sample(fasta, fastaIndex, request, seed);
        } catch (RuntimeException refused) { // too few windows: the .2bit must refuse alike
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> SampleFixture.sample(twoBit, twoBitIndex, request, seed))
                    .hasMessage(refused.getMessage());
            return;
        }
        fromTwoBit = SampleFixture.sample(twoBit, twoBitIndex, request, seed + 1);

        assertThat(fromTwoBit.skipped()).isEqualTo(fromFasta.skipped());
        assertThat(text(fromTwoBit.rows())).isEqualTo(expected(fromFasta.rows(), genome,
                fastaIndex));
    }

    private static List<String> text(List<SampleRow> rows) {
        List<String> text = new ArrayList<>();
        for (SampleRow row : rows) {
            text.add(row.record() + ":" + row.start() + ":"
                    + new String(row.bases(), StandardCharsets.US_ASCII));
        }
        return text;
    }

    /** The FASTA's rows with the bases twoBitToFa would print for the same coordinates. */
    private static List<String> expected(List<SampleRow> rows, RandomTwoBitGenome genome,
            FastaIndex index) {
        List<String> nonEmpty = genome.sequences().stream().filter(s -> !s.isEmpty()).toList();
        List<String> text = new ArrayList<>();
        for (SampleRow row : rows) {
            String sequence = TwoBitWriter.twoBitText(nonEmpty.get(row.record()));
            assertThat(new String(row.bases(), StandardCharsets.US_ASCII)).as("FASTA bases")
                    .isEqualTo(nonEmpty.get(row.record()).substring((int) row.start(),
                            (int) row.start() + row.bases().length));
            text.add(row.record() + ":" + row.start() + ":" + sequence.substring(
                    (int) row.start(), (int) row.start() + row.bases().length));
        }
        return text;
    }

    /** The twin's index: one header line per record, then lines of one fixed width. */
    private static FastaIndex fastaIndex(RandomTwoBitGenome genome) {
        String fasta = new String(genome.fasta(), StandardCharsets.US_ASCII);
        List<FaiEntry> entries = new ArrayList<>();
        int at = 0;
        for (int r = 0; r < genome.names().size(); r++) {
            at = fasta.indexOf('\n', at) + 1;
            String sequence = genome.sequences().get(r);
            if (sequence.isEmpty()) {
                continue;
            }
            int width = fasta.indexOf('\n', at) - at;
            entries.add(new FaiEntry(genome.names().get(r), sequence.length(), at, width,
                    width + 1));
            at += sequence.length() + (sequence.length() + width - 1) / width;
        }
        return new FastaIndex(entries);
    }
}
