package io.mapchunk.cli;

import io.mapchunk.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mapchunk stats} byte for byte against {@code seqkit stats -a -T} outputs checked in
 * under {@code src/test/resources/stats} (made with Debian's seqkit 2.3.0; seqkit itself is not
 * needed here): edge-case fixtures at tiny split sizes, and the shared genomes.
 */
class StatsCommandTest extends CommandLineTest {

    private static final String HEADER = "file\tformat\ttype\tnum_seqs\tsum_len\tmin_len\tavg_len"
            + "\tmax_len\tQ1\tQ2\tQ3\tsum_gap\tN50\tQ20(%)\tQ30(%)\tGC(%)\n";

    @Test
    void fixturesMatchSeqkitByteForByteAtAnySplitSize() throws Exception {
        List<String> rows = resourceLines("fixtures.seqkit.tsv");
        List<String> arguments = new ArrayList<>();
        StringBuilder expected = new StringBuilder(HEADER);
        for (String row : rows) {
            String name = row.substring(0, row.indexOf('\t'));
            Path copy = directory.resolve(name);
            try (InputStream in = resource(name)) {
                Files.copy(in, copy);
            }
            arguments.add(copy.toString());
            expected.append(copy).append(row.substring(name.length())).append('\n');
        }
        for (String split : List.of("1", "5", "4099", "256m")) {
            Path output = directory.resolve("stats-" + split + ".tsv");
            List<String> command = new ArrayList<>(List.of("stats", "-p", "3", "--split-size",
                    split, "-o", output.toString()));
            command.addAll(arguments);

            assertThat(run(command.toArray(String[]::new))).as(errors.toString()).isZero();

            assertThat(Files.readString(output, StandardCharsets.ISO_8859_1)).as("split " + split)
                    .isEqualTo(expected.toString());
        }
    }

    @Test
    void sharedGenomesMatchSeqkitByteForByte() throws Exception {
        List<String> arguments = new ArrayList<>();
        StringBuilder expected = new StringBuilder(HEADER);
        for (String row : resourceLines("genomes.seqkit.tsv").subList(1, 7)) {
            String name = row.substring(0, row.indexOf('\t'));
            String argument = SharedData.file(name).toString();
            arguments.add(argument);
            expected.append(argument).append(row.substring(name.length())).append('\n');
        }
        Path output = directory.resolve("genomes.tsv");
        List<String> command = new ArrayList<>(List.of("stats", "-p", "2", "--split-size", "7m",
                "-o", output.toString()));
        command.addAll(arguments);

        assertThat(run(command.toArray(String[]::new))).as(errors.toString()).isZero();

        assertThat(Files.readString(output, StandardCharsets.ISO_8859_1))
                .isEqualTo(expected.toString());
    }

    @Test
    void fileColumnIsTheArgumentAsGiven() throws Exception {
        Files.writeString(directory.resolve("x.fa"), ">x\nACGT\n");
        String given = directory + "//./x.fa";
        Path output = directory.resolve("x.tsv");

        assertThat(run("stats", "-o", output.toString(), given)).as(errors.toString()).isZero();

        assertThat(Files.readAllLines(output).get(1)).startsWith(given + "\tFASTA\tDNA\t1\t4\t");
    }

    @Test
    void jsonAddsAssemblyFiguresSeqkitLacks() throws Exception {
        Path input = Files.writeString(directory.resolve("scaffolds.fa"),
                ">s1\nACGTNNNNNNACGTAC\nGTNN\n>s2\nNNACGT\n>s3\n" + "ACGT".repeat(300) + "\n");
        Path output = directory.resolve("s.json");

        assertThat(run("stats", "--format", "json", "--split-size", "3", "-o", output.toString(),
                input.toString())).as(errors.toString()).isZero();

        // lengths 20, 6, 1200 (sum 1226): N50 = N90 = 1200, L50 = L90 = 1;
        // auN = (20^2 + 6^2 + 1200^2) / 1226; N runs: 2 in s1, 1 in s2, 10 N
        assertThat(Files.readString(output)).contains("\"file\": " + quoted(input),
                "\"num_seqs\": 3", "\"sum_len\": 1226", "\"N50\": 1200", "\"L50\": 1",
                "\"N90\": 1200", "\"L90\": 1",
                "\"auN\": " + (20.0 * 20 + 6 * 6 + 1200.0 * 1200) / 1226,
                "\"n_runs\": {\"count\": 3, \"length\": 10}", "\"below_1kb\": 2");
    }

    @Test
    void rawFileIsOneSequenceOfFormatRaw() throws Exception {
        Path input = Files.writeString(directory.resolve("reads.smalla"), "ACGTNNACGG");
        Path output = directory.resolve("raw.tsv");

        assertThat(run("stats", "-o", output.toString(), input.toString()))
                .as(errors.toString()).isZero();

        assertThat(Files.readAllLines(output).get(1)).isEqualTo(input
                + "\traw\tDNA\t1\t10\t10\t10.0\t10\t5.0\t10.0\t5.0\t0\t10\t0.00\t0.00\t50.00");
    }

    @Test
    void badInputFailsWithOneLineAndWritesNothing() throws Exception {
        Path good = Files.writeString(directory.resolve("good.fa"), ">a\nACGT\n");
        Path output = directory.resolve("out.tsv");

        assertThat(run("stats", "-o", output.toString(), good.toString(),
                directory.resolve("missing.fa").toString())).isEqualTo(1);

        assertThat(errors.toString()).contains("missing.fa").hasLineCount(1);
        assertThat(output).doesNotExist();
    }

    private static String quoted(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\") + "\"";
    }

    private static InputStream resource(String name) {
        InputStream in = StatsCommandTest.class.getResourceAsStream("/stats/" + name);
        assertThat(in).as("resource " + name).isNotNull();
        return in;
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\n"));
        }
    }
}
