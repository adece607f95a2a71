package io.mapchunk.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sample} on real reads: the first 500 pairs of Debian's bowtie2-examples
 * {@code reads_1.fq}/{@code reads_2.fq} (lambda phage, under {@code src/test/resources/reads}).
 * Sampled records are input records, distinct, in input order, and pairs stay in sync; whatever
 * is wrong with a pair is one line, and nothing is written.
 */
class SampleReadsCommandTest extends CommandLineTest {

    private Path first;
    private Path second;

    @BeforeEach
    void copyReads() throws IOException {
        first = copy("lambda_1.fq");
        second = copy("lambda_2.fq");
    }

    @Test
    void pairedOutputsHoldTheSameInputRecordsInInputOrder() throws IOException {
        Path out1 = directory.resolve("out_1.fq");
        Path out2 = directory.resolve("out_2.fq");

        int exit = run("sample", "--quiet", "-n", "100", "--seed", "5", first.toString(),
                second.toString(), "-o", out1.toString(), "-o", out2.toString());

        assertThat(exit).as(errors.toString()).isZero();
        List<Integer> ones = indicesIn(records(first), records(out1));
        List<Integer> twos = indicesIn(records(second), records(out2));
        assertThat(ones).hasSize(100).isSorted().doesNotHaveDuplicates().isEqualTo(twos);
    }

    @Test
    void sameOutputAtAnyParallelismAndSplitSize() throws IOException {
        List<String> outputs = new ArrayList<>();
        for (String[] job : new String[][] {{"-p", "1"}, {"-p", "2", "--split-size", "1k"},
                {"-p", "2", "--split-size", "37"}}) {
            Path out = directory.resolve("out-" + outputs.size() + ".fq");
            List<String> args = new ArrayList<>(List.of("sample", "--quiet", "-n", "77", "--seed",
                    "9", "-o", out.toString(), first.toString()));
            args.addAll(List.of(job));
            assertThat(run(args.toArray(String[]::new))).as(errors.toString()).isZero();
            outputs.add(Files.readString(out, StandardCharsets.ISO_8859_1));
        }
        assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
        assertThat(outputs.get(2)).isEqualTo(outputs.get(0));
        assertThat(records(directory.resolve("out-0.fq"))).hasSize(77);
    }

    @Test
    void interleavedSampleIsThePairedSampleInterleaved() throws IOException {
        List<String> ones = records(first);
        List<String> twos = records(second);
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < ones.size(); i++) {
            mixed.append(ones.get(i)).append(twos.get(i));
        }
        Path interleaved = Files.writeString(directory.resolve("mixed.fq"), mixed,
                StandardCharsets.ISO_8859_1);
        Path out1 = directory.resolve("out_1.fq");
        Path out2 = directory.resolve("out_2.fq");
        Path out = directory.resolve("out.fq");

        assertThat(run("sample", "--quiet", "--bases", "20k", "--seed", "3", first.toString(),
                second.toString(), "-o", out1.toString(), "-o", out2.toString()))
                .as(errors.toString()).isZero();
        assertThat(run("sample", "--quiet", "--bases", "20k", "--seed", "3", "--interleaved",
                "-p", "2", "--split-size", "5k", interleaved.toString(), "-o", out.toString()))
                .as(errors.toString()).isZero();

        List<String> pairs1 = records(out1);
        List<String> pairs2 = records(out2);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < pairs1.size(); i++) {
            expected.append(pairs1.get(i)).append(pairs2.get(i));
        }
        assertThat(Files.readString(out, StandardCharsets.ISO_8859_1)).isEqualTo(expected.toString());
        long bases = 0;
        for (int i = 0; i < pairs1.size(); i++) {
            bases += pairs1.get(i).split("\n")[1].length() + pairs2.get(i).split("\n")[1].length();
        }
        assertThat(bases).as("bases of %d pairs", pairs1.size()).isGreaterThanOrEqualTo(20_000)
                .isLessThan(20_000 + 2 * 300);
    }

    @Test
    void pairWhoseNamesDifferIsRefusedAndNothingIsWritten() throws IOException {
        String renamed = Files.readString(second, StandardCharsets.ISO_8859_1)
                .replace("@r250\n", "@s250\n");
        Files.writeString(second, renamed, StandardCharsets.ISO_8859_1);
        Path out1 = directory.resolve("out_1.fq");
        Path out2 = directory.resolve("out_2.fq");

        int exit = run("sample", "--quiet", "-n", "500", "--seed", "1", first.toString(),
                second.toString(), "-o", out1.toString(), "-o", out2.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(errors.toString().lines()).as(errors.toString()).hasSize(1).first()
                .asString().contains("sampled pair 250 is 'r250' and 's250'", "not mates");
        assertThat(leftIn(directory)).containsExactlyInAnyOrder("lambda_1.fq", "lambda_2.fq");
    }

    @Test
    void interleavedPairWhoseNamesDifferIsRefusedAndNothingIsWritten() throws IOException {
        List<String> ones = records(first);
        List<String> twos = records(second);
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < ones.size(); i++) {
            mixed.append(ones.get(i)).append(i == 2 ? twos.get(3) : twos.get(i));
        }
        Path interleaved = Files.writeString(directory.resolve("mixed.fq"), mixed,
                StandardCharsets.ISO_8859_1);

        int exit = run("sample", "--quiet", "--fraction", "1", "--interleaved", "--seed", "1",
                interleaved.toString(), "-o", directory.resolve("out.fq").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(errors.toString().trim()).isEqualTo("mapchunk: " + interleaved
                + ": sampled pair 3 is 'r3' and 'r4': their names differ, not mates");
        assertThat(leftIn(directory)).containsExactlyInAnyOrder("lambda_1.fq", "lambda_2.fq",
                "mixed.fq");
    }

    @Test
    void pairOfUnequalCountsIsRefusedAndNothingIsWritten() throws IOException {
        List<String> twos = records(second);
        Files.writeString(second, String.join("", twos.subList(0, twos.size() - 1)),
                StandardCharsets.ISO_8859_1);

        int exit = run("sample", "--quiet", "-n", "10", "--seed", "1", first.toString(),
                second.toString(), "-o", directory.resolve("a.fq").toString(), "-o",
                directory.resolve("b.fq").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(errors.toString().trim()).isEqualTo("mapchunk: " + first + " has 500 reads, "
                + second + " 499: not a pair of files");
        assertThat(leftIn(directory)).containsExactlyInAnyOrder("lambda_1.fq", "lambda_2.fq");
    }

    @Test
    void plainGzipReadsGiveTheSameSample() throws IOException {
        Path plain = directory.resolve("plain.fq");
        Path inflated = directory.resolve("inflated.fq");
        Path gzipped = directory.resolve("lambda_1.fq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(first, out);
        }

        assertThat(run("sample", "--quiet", "-n", "40", "--seed", "4", first.toString(), "-o",
                plain.toString())).as(errors.toString()).isZero();
        assertThat(run("sample", "--quiet", "-n", "40", "--seed", "4", gzipped.toString(), "-o",
                inflated.toString())).as(errors.toString()).isZero();

        assertThat(Files.readString(inflated)).isEqualTo(Files.readString(plain));
    }

    @Test
    void fastaOutputHasTheHeaderAndTheBases() throws IOException {
        Path out = directory.resolve("out.fa");

        assertThat(run("sample", "--quiet", "-n", "30", "--seed", "2", "--format", "fasta",
                first.toString(), "-o", out.toString())).as(errors.toString()).isZero();

        List<String> lines = Files.readAllLines(out, StandardCharsets.ISO_8859_1);
        Map<String, String> bases = new HashMap<>();
        for (String record : records(first)) {
            String[] four = record.split("\n");
            bases.put(four[0].substring(1), four[1]);
        }
        assertThat(lines).hasSize(60);
        for (int i = 0; i < lines.size(); i += 2) {
            assertThat(lines.get(i)).startsWith(">");
            assertThat(lines.get(i + 1)).isEqualTo(bases.get(lines.get(i).substring(1)));
        }
    }

    @Test
    void windowOptionsAreRefusedOnReadsAndReadOptionsOnGenomes() throws IOException {
        assertThat(run("sample", "-n", "3", "-l", "10", first.toString())).isEqualTo(2);
        assertThat(errors.toString()).contains("sample of FASTQ reads takes -n, --fraction or"
                + " --bases");
        errors.getBuffer().setLength(0);
        assertThat(run("sample", "-n", "3", "--format", "bed", first.toString())).isEqualTo(2);
        errors.getBuffer().setLength(0);
        Path genome = Files.writeString(directory.resolve("g.fa"), ">g\nACGTACGTAC\n");
        assertThat(run("sample", "--fraction", "0.5", genome.toString())).isEqualTo(2);
        assertThat(errors.toString()).contains("are for FASTQ reads; " + genome + " is not FASTQ");
        errors.getBuffer().setLength(0);
        assertThat(run("sample", "-n", "3", first.toString(), second.toString())).isEqualTo(2);
        assertThat(errors.toString()).contains("need two outputs");
        errors.getBuffer().setLength(0);
        String out = directory.resolve("out.fq").toString();
        assertThat(run("sample", "-n", "3", first.toString(), second.toString(), "-o", out, "-o",
                out)).isEqualTo(2);
        assertThat(errors.toString()).contains("the two outputs are one file");
    }

    /** The records of a FASTQ file with \n line ends, four lines each, line ends kept. */
    private static List<String> records(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String> records = new ArrayList<>();
        for (int i = 0; i + 3 < lines.size(); i += 4) {
            records.add(String.join("\n", lines.subList(i, i + 4)) + "\n");
        }
        assertThat(lines.size() % 4).as(file + " in records of four lines").isZero();
        return records;
    }

    /** Where each sampled record lies among the input's; fails on one that is not there. */
    private static List<Integer> indicesIn(List<String> input, List<String> sampled) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            at.put(input.get(i), i);
        }
        List<Integer> indices = new ArrayList<>();
        for (String record : sampled) {
            assertThat(at).as("an input record").containsKey(record);
            indices.add(at.get(record));
        }
        return indices;
    }

    private static List<String> leftIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    private Path copy(String name) throws IOException {
        try (InputStream in = SampleReadsCommandTest.class.getResourceAsStream("/reads/" + name)) {
            Path file = directory.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
