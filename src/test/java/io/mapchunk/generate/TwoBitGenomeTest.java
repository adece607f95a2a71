package io.mapchunk.generate;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.NaiveDinucleotides;
import io.mapchunk.testing.TwoBitWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code generate --format 2bit}: the FASTA's bases (IUPAC codes as N), read back exactly. */
class TwoBitGenomeTest {

    @TempDir
    Path directory;

    @Test
    void twoBitHoldsTheBasesOfTheFastaOfTheSameOptions() throws IOException {
        GenomeLayout layout = GenomeLayout.human(3 << 20, 60);
        ByteArrayOutputStream fasta = new ByteArrayOutputStream();
        new SyntheticGenome(layout, SyntheticGenome.Format.FASTA, 60, 5).writeTo(fasta);
        ByteArrayOutputStream twoBit = new ByteArrayOutputStream();
        long written = new TwoBitGenome(layout, 5).writeTo(twoBit);
        assertThat(written).isEqualTo(twoBit.size());
        Path file = Files.write(directory.resolve("g.2bit"), twoBit.toByteArray());
        CountAnalysis counts = CountAnalysis.withDinucleotides();

        Pass.Results results = SplitHarness.run(Pass.of(counts), file, ReadMethod.READ,
                100_000, 1 << 16, 1 << 14, 2, 1);

        byte[] twin = asTwoBitText(fasta.toString(StandardCharsets.US_ASCII));
        assertThat(CountText.seqtk(results.get(counts)))
                .isEqualTo(NaiveCounts.seqtk(NaiveCounts.fasta(twin)));
        assertThat(results.get(counts)).extracting(SequenceCount::pairs)
                .containsExactlyElementsOf(NaiveDinucleotides.fasta(twin));
        assertThat(CountText.facount(results.get(counts))).as("faCount: IUPAC is N either way")
                .isEqualTo(NaiveCounts.facount(NaiveCounts.fasta(fasta.toByteArray())));
    }

    /** The FASTA with every sequence line as twoBitToFa would print it. */
    private static byte[] asTwoBitText(String fasta) {
        Matcher lines = Pattern.compile("(?m)^[^>\\n]+$").matcher(fasta);
        StringBuilder out = new StringBuilder();
        while (lines.find()) {
            lines.appendReplacement(out, TwoBitWriter.twoBitText(lines.group()));
        }
        lines.appendTail(out);
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
