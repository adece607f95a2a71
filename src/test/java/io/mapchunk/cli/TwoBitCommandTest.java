package io.mapchunk.cli;

import io.mapchunk.testing.RandomTwoBitGenome;
import io.mapchunk.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands on a .2bit through the real command line: every output equals the FASTA twin's
 * (hg38 chr16 subset, and its faCount and seqtk comp references), in several splits at
 * parallelism 2; {@code index} and damaged files are refused with one line.
 */
class TwoBitCommandTest extends CommandLineTest {

    private static final List<List<String>> COMMANDS = List.of(
            List.of("count"),
            List.of("count", "--format", "seqtk"),
            List.of("count", "--format", "json"),
            List.of("gc", "-w", "1000"),
            List.of("gc", "-w", "777", "-s", "300", "--format", "tsv"),
            List.of("gc", "-w", "500", "--value", "n"),
            List.of("sample", "-n", "300", "-l", "60", "--seed", "5", "--format", "fasta"),
            List.of("sample", "-n", "300", "-l", "60", "--seed", "5", "--exclude-n",
                    "--without-replacement", "--format", "tsv"),
            List.of("sample", "--scan", "-n", "100", "--where", "cpg", "--seed", "5",
                    "--format", "tsv"),
            List.of("sample", "--scan", "-n", "100", "--where", "lower", "--seed", "5",
                    "--format", "fasta"));

    @Test
    void everyOutputOfTheRealTwoBitEqualsTheFastas() throws Exception {
        Path twoBit = SharedData.file("hg38_chr16_subset.2bit");
        Path fasta = SharedData.file("hg38_chr16_subset.fa");
        for (List<String> command : COMMANDS) {
            assertThat(output(command, twoBit)).as(String.join(" ", command))
                    .isEqualTo(output(command, fasta));
        }
        assertThat(output(List.of("count"), twoBit))
                .isEqualTo(Files.readString(SharedData.file("hg38_chr16_subset.facount.tsv")));
        assertThat(output(List.of("count", "--format", "seqtk"), twoBit))
                .isEqualTo(Files.readString(SharedData.file("hg38_chr16_subset.seqtk-comp.tsv")));
    }

    @Test
    void reportOfTheTwoBitShowsTheFastasTables() throws Exception {
        Path twoBit = SharedData.file("hg38_chr16_subset.2bit");
        Path fasta = SharedData.file("hg38_chr16_subset.fa");

        String fromTwoBit = output(List.of("report", "--window", "5000"), twoBit);
        String fromFasta = output(List.of("report", "--window", "5000"), fasta);

        assertThat(withoutRunFacts(fromTwoBit)).isEqualTo(withoutRunFacts(fromFasta));
    }

    @Test
    void randomTwoBitCountsEqualItsFastaTwinInManySplits() throws Exception {
        RandomTwoBitGenome genome = RandomTwoBitGenome.generate(42);
        Path twoBit = Files.write(directory.resolve("r.2bit"), genome.twoBit());
        Path fasta = Files.write(directory.resolve("r.fa"), genome.fasta());
        List<String> command = List.of("count", "--format", "seqtk");

        assertThat(output(command, twoBit, "37")).isEqualTo(output(command, fasta, "37"));
    }

    @Test
    void indexRefusesATwoBitWithOneLine() throws Exception {
        Path twoBit = Files.copy(SharedData.file("hg38_chr16_subset.2bit"),
                directory.resolve("h.2bit"));

        assertThat(run("index", twoBit.toString())).isEqualTo(1);
        assertThat(errors.toString()).hasLineCount(1)
                .startsWith("mapchunk: " + twoBit + ": a .2bit file carries its own index");
        assertThat(directory.resolve("h.2bit.fai")).doesNotExist();
    }

    @Test
    void damagedTwoBitIsRefusedWithOneLineAndNoOutput() throws Exception {
        byte[] whole = Files.readAllBytes(SharedData.file("hg38_chr16_subset.2bit"));
        Path damaged = Files.write(directory.resolve("cut.2bit"),
                Arrays.copyOf(whole, whole.length - 100));
        Path output = directory.resolve("out.tsv");

        for (String command : new String[] {"count", "gc", "sample", "report"}) {
            List<String> args = switch (command) {
                case "gc" -> List.of("gc", "-w", "100");
                case "sample" -> List.of("sample", "-n", "3");
                default -> List.of(command);
            };
            errors.getBuffer().setLength(0);
            assertThat(run(concat(args, "-o", output.toString(), damaged.toString())
                    .toArray(String[]::new)))
                    .as(command).isEqualTo(1);
            assertThat(errors.toString()).as(command).hasLineCount(1)
                    .startsWith("mapchunk: " + damaged + ": truncated .2bit file");
            assertThat(output).as(command).doesNotExist();
        }
    }

    private String output(List<String> command, Path input) throws Exception {
        return output(command, input, "4k");
    }

    private String output(List<String> command, Path input, String splitSize) throws Exception {
        Path output = directory.resolve("out-" + input.getFileName() + "-" + command.hashCode());
        List<String> args = concat(command, "-p", "2", "--split-size", splitSize, "-o",
                output.toString(), input.toString());
        errors.getBuffer().setLength(0);
        assertThat(run(args.toArray(String[]::new))).as(args + ": " + errors).isZero();
        String text = Files.readString(output);
        return command.contains("json") ? withoutRunFacts(text) : text;
    }

    /** Drops what names the input or times the run (the file, its size, the run's figures). */
    private static String withoutRunFacts(String text) {
        return text.lines().filter(line -> !line.contains("hg38_chr16_subset")
                && !line.contains("seconds") && !line.contains("\"bytes\"")
                && !line.contains("\"input\"")).reduce("", (a, b) -> a + b + "\n");
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
