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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code count --per-position} on real reads (Debian bowtie2-examples' {@code reads_1.fq}, 10,000
 * lambda reads of 40..354 bases) against FastQC 0.11.9's own {@code fastqc_data.txt} made with
 * {@code fastqc --nogroup --extract} (checked in under {@code src/test/resources/reads}; FastQC is
 * not needed to run the test). Both print every figure with {@link Double#toString} from the
 * same arithmetic, so the columns are compared as text, with no tolerance: "Per base sequence
 * quality" column for column, and "Per base sequence content" and "Per base N content" for the
 * base columns.
 */
class PositionFastqcTest {

    private static final Path READS =
            Path.of("/usr/share/doc/bowtie2/examples/reads/reads_1.fq.gz");

    private final ScratchDirectory directory = new ScratchDirectory("mapchunk-fastqc");

    @AfterEach
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @ParameterizedTest
    @CsvSource({"100000000, 1", "65536, 3", "1000, 4"})
    void perPositionFiguresAreFastqcsNoGroupModules(long splitSize, int subtasks)
            throws Exception {
        assumeTrue(Files.isReadable(READS), "bowtie2-examples not installed: " + READS);
        Path file = directory.write("reads_1.fq", gunzip(READS));
        PositionAnalysis positions = new PositionAnalysis();
        PositionTable table = SplitHarness.run(Pass.of(positions), file, ReadMethod.READ,
                splitSize, 1 << 20, 1 << 16, subtasks, 7).get(positions);

        List<String> expected = new ArrayList<>();
        List<String[]> content = module("Per base sequence content");
        List<String[]> n = module("Per base N content");
        List<String[]> quality = module("Per base sequence quality");
        for (int i = 0; i < quality.size(); i++) {
            String[] c = content.get(i); // #Base G A T C
            String[] q = quality.get(i); // #Base Mean Median Lower Upper 10th 90th
            expected.add(String.join("\t", q[0], c[2], c[4], c[1], c[3], n.get(i)[1], q[1], q[2],
                    q[3], q[4], q[5], q[6]));
        }
        assertThat(expected).hasSize(354);
        assertThat(rowsWithoutBaseCount(table)).containsExactlyElementsOf(expected);
    }

    /** The module's data rows, split at tabs. */
    private static List<String[]> module(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean inside = false;
        for (String line : resource().split("\n")) {
            if (line.startsWith(">>")) {
                inside = line.startsWith(">>" + name + "\t");
            } else if (inside && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    private static String resource() throws IOException {
        try (InputStream in = PositionFastqcTest.class.getResourceAsStream(
                "/reads/reads_1.fastqc_data.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
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

    private static byte[] gunzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return in.readAllBytes();
        }
    }
}
