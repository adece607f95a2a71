package io.mapchunk.generate;

import io.mapchunk.job.CountJob;
import io.mapchunk.job.CountResult;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.NaiveCounts;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic genome's bytes: deterministic, human-like in layout and content, and countable. */
class SyntheticGenomeTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(2)
                    .build());

    @TempDir
    Path directory;

    private static byte[] generate(long size, SyntheticGenome.Format format, int width, long seed)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new SyntheticGenome(GenomeLayout.human(size, width), format, width, seed)
                .writeTo(out);
        assertThat(written).as("bytes reported").isEqualTo(out.size());
        return out.toByteArray();
    }

    @Test
    void sameSeedGivesSameBytesAndOtherSeedOtherBytes() throws IOException {
        byte[] first = generate(1 << 20, SyntheticGenome.Format.FASTA, 60, 7);
        byte[] again = generate(1 << 20, SyntheticGenome.Format.FASTA, 60, 7);
        byte[] other = generate(1 << 20, SyntheticGenome.Format.FASTA, 60, 8);

        assertThat(again).isEqualTo(first);
        assertThat(other).hasSameSizeAs(first).isNotEqualTo(first);
    }

    @Test
    void fastaHas24ChromosomesIn60BaseLinesNearTheRequestedSize() throws IOException {
        long size = 4L << 20;
        byte[] fasta = generate(size, SyntheticGenome.Format.FASTA, 60, 1);
        String text = new String(fasta, StandardCharsets.US_ASCII);
        String[] records = text.split(">", -1);

        assertThat((double) fasta.length).isCloseTo(size, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(records).hasSize(25);
        assertThat(records[0]).isEmpty();
        List<String> names = new ArrayList<>();
        for (int r = 1; r < records.length; r++) {
            String[] lines = records[r].split("\n", -1);
            names.add(lines[0]);
            assertThat(lines[lines.length - 1]).as("file ends each record with a newline").isEmpty();
            for (int i = 1; i < lines.length - 2; i++) {
                assertThat(lines[i]).as("%s line %s", lines[0], i).hasSize(60);
            }
            assertThat(lines[lines.length - 2].length()).isBetween(1, 60);
        }
        assertThat(names).startsWith("chr1", "chr2").endsWith("chr22", "chrX", "chrY");
        assertThat(names.get(0)).isEqualTo("chr1");
    }

    @Test
    void contentIsHumanLike() throws IOException {
        byte[] fasta = generate(8L << 20, SyntheticGenome.Format.FASTA, 60, 3);
        List<NaiveCounts.Row> rows = NaiveCounts.fasta(fasta);
        long length = rows.stream().mapToLong(NaiveCounts.Row::length).sum();
        long lower = rows.stream().mapToLong(NaiveCounts.Row::lower).sum();
        long gc = rows.stream().mapToLong(row -> row.c() + row.g()).sum();
        long acgt = rows.stream().mapToLong(row -> row.a() + row.c() + row.g() + row.t()).sum();
        long iupac = rows.stream().mapToLong(row -> row.iupac2() + row.iupac3()).sum();

        assertThat((double) lower / length).as("lowercase fraction").isBetween(0.35, 0.45);
        assertThat((double) gc / acgt).as("GC fraction").isBetween(0.39, 0.42);
        assertThat(iupac).as("IUPAC codes, about one per Mb").isBetween(1L, 100L);
        String text = new String(fasta, StandardCharsets.US_ASCII).replace("\n", "");
        Matcher chr1 = Pattern.compile(">chr1(N+)[ACGTacgt].*?(N{1000,}).*?[ACGTacgt](N+)>chr2")
                .matcher(text);
        assertThat(chr1.find()).as("N runs at both ends and a centromere of chr1").isTrue();
    }

    @Test
    void rawIsTheFastaBasesWithoutHeaders() throws IOException {
        GenomeLayout layout = GenomeLayout.human(1 << 20, 60);
        ByteArrayOutputStream fasta = new ByteArrayOutputStream();
        new SyntheticGenome(layout, SyntheticGenome.Format.FASTA, 0, 5).writeTo(fasta);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        new SyntheticGenome(layout, SyntheticGenome.Format.RAW, 80, 5).writeTo(raw);
        String fastaBases = fasta.toString(StandardCharsets.US_ASCII)
                .replaceAll(">chr\\w+\n", "").replace("\n", "");
        String rawText = raw.toString(StandardCharsets.US_ASCII);

        assertThat(rawText).doesNotContain(">");
        assertThat(rawText.split("\n")[0]).hasSize(80);
        assertThat(rawText.replace("\n", "").equals(fastaBases))
                .as("raw bases equal the FASTA's bases in record order").isTrue();
    }

    @Test
    void countJobAgreesWithNaiveCounterOnGeneratedGenome() throws Exception {
        byte[] fasta = generate(3L << 20, SyntheticGenome.Format.FASTA, 60, 11);
        Path file = Files.write(directory.resolve("synthetic.fa"), fasta);

        CountResult result = CountJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                JobSettings.defaults(file).withParallelism(2).withSplitSize(256 << 10));

        List<NaiveCounts.Row> expected = NaiveCounts.fasta(fasta);
        assertThat(CountText.facount(result.records())).isEqualTo(NaiveCounts.facount(expected));
        assertThat(CountText.seqtk(result.records())).isEqualTo(NaiveCounts.seqtk(expected));
    }
}
