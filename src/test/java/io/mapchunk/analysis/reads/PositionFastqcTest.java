package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.Pass;
import io.mapchunk.cli.output.PositionTsvFormat;
import io.mapchunk.job.PositionResult;
import io.mapchunk.runtime.RunFigures;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;
import io.mapchunk.testing.ScratchDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
/**
 * {@code count --per-position} on real reads against FastQC 0.11.9's own {@code fastqc_data.txt}
 * made with {@code fastqc --nogroup --extract} (checked in under {@code src/test/resources/reads};
 * FastQC is not needed to run the test): Debian bowtie2-examples' {@code reads_1.fq} (10,000 lambda
 * reads of 40..354 bases, every position) and {@code longreads_500.fq} (500 reads of 40..2,136
 * bases, positions 1..1,000: past them mapchunk pools positions into bins, FastQC does not). Both
 * print every figure with {@link Double#toString} from the same arithmetic, so the columns are
 * compared as text, with no tolerance: "Per base sequence quality" column for column, and "Per
 * base sequence content" and "Per base N content" for the base columns.
 */
class PositionFastqcTest {

    private final ScratchDirectory directory = new ScratchDirectory("mapchunk-fastqc");

    @AfterEach
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @ParameterizedTest
    @CsvSource({"reads_1.fq.gz, reads_1, 354, 100000000, 1", "reads_1.fq.gz, reads_1, 354, 65536, 3",
            "reads_1.fq.gz, reads_1, 354, 1000, 4", "longreads_500.fq, longreads_500, 1000, 100000000, 1",
            "longreads_500.fq, longreads_500, 1000, 3000, 3"})
    void perPositionFiguresAreFastqcsNoGroupModules(String reads, String name, int positions,
            long splitSize, int subtasks) throws Exception {
        byte[] bytes = resource(reads);
        Path file = directory.write(name + ".fq", reads.endsWith(".gz") ? gunzip(bytes) : bytes);
        PositionAnalysis analysis = new PositionAnalysis();
        PositionTable table = SplitHarness.run(Pass.of(analysis), file, ReadMethod.READ,
                splitSize, 1 << 20, 1 << 16, subtasks, 7).get(analysis);

        String fastqc = new String(resource(name + ".fastqc_data.txt"), StandardCharsets.US_ASCII);
        List<String> expected = new ArrayList<>();
        List<String[]> content = module(fastqc, "Per base sequence content");
        List<String[]> n = module(fastqc, "Per base N content");
        List<String[]> quality = module(fastqc, "Per base sequence quality");
        for (int i = 0; i < positions; i++) {
            String[] c = content.get(i); // #Base G A T C
            String[] q = quality.get(i); // #Base Mean Median Lower Upper 10th 90th
            expected.add(String.join("\t", q[0], c[2], c[4], c[1], c[3], n.get(i)[1], q[1], q[2],
                    q[3], q[4], q[5], q[6]));
        }
        assertThat(rowsWithoutBaseCount(table).subList(0, positions))
                .containsExactlyElementsOf(expected);
    }

    /** The module's data rows, split at tabs. */
    private static List<String[]> module(String fastqc, String name) {
        List<String[]> rows = new ArrayList<>();
        boolean inside = false;
        for (String line : fastqc.split("\n")) {
            if (line.startsWith(">>")) {
                inside = line.startsWith(">>" + name + "\t");
            } else if (inside && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PositionFastqcTest.class.getResourceAsStream("/reads/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The tsv rows with the bases column (FastQC has none) left out. */
    private static List<String> rowsWithoutBaseCount(PositionTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PositionTsvFormat().write(new PositionResult("x", table, new RunFigures(0, 1, 0, 0)),
                out);
        List<String> rows = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.US_ASCII).split("\n")) {
            if (!line.startsWith("#")) {
                String[] f = line.split("\t", 3);
                rows.add(f[0] + "\t" + f[2]);
            }
        }
        return rows;
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
