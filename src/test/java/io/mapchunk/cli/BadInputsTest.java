package io.mapchunk.cli;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A battery of awkward files through {@code mapchunk count}: each either succeeds with the right
 * faCount rows or fails with exit 1 and one line naming the file and the problem.
 */
class BadInputsTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(2).build());

    @TempDir
    Path directory;

    static Stream<Arguments> files() {
        String longHeader = ">h " + "x".repeat(1 << 20) + "\nACGT\n";
        return Stream.of(
                Arguments.of("nul.fa", bytes("\0\0\0\0ACGT"), "not a FASTA, FASTQ or raw sequence file"),
                Arguments.of("garbage.bin", new byte[] {(byte) 0xde, (byte) 0xad, 1, 2}, "not a FASTA"),
                Arguments.of("bam.bam", bytes("BAM\1xxxx"), "BAM"),
                Arguments.of("x.zip", new byte[] {'P', 'K', 3, 4, 0, 0}, "zip"),
                Arguments.of("reads.fq", bytes("@r1\nACGT\n+\nIII\n"), "bad FASTQ record 'r1' at byte 11: its quality line is shorter"),
                Arguments.of("late.fq", bytes("\n@r1\nACGT\n+\nIIII\n"), "looks like FASTQ"),
                Arguments.of("twobit.2bit", new byte[] {0x43, 0x27, 0x41, 0x1a, 0, 0}, ".2bit"),
                Arguments.of("mark-only.fa", bytes(">"), "\t0\t0\t0\t0\t0\t0\t0\ntotal\t0"),
                Arguments.of("header-only.fa", bytes(">chr1 nothing here\n"), "chr1\t0\t"),
                Arguments.of("dups.fa", bytes(">a\nAC\n>a\nCG\n"), "a\t2\t1\t1\t0\t0\t0\t0\na\t2\t0\t1\t1\t0\t0\t1\n"),
                Arguments.of("cr-only.fa", bytes(">a\rAC\rGT\r"), "a\t4\t1\t1\t1\t1\t0\t1\n"),
                Arguments.of("crlf.fa", bytes(">a x\r\nAC\r\nGT\r\n"), "a\t4\t1\t1\t1\t1\t0\t1\n"),
                Arguments.of("uneven.fa", bytes(">a\nACG\nT\nACGTACG\n"), "a\t11\t"),
                Arguments.of("long-header.fa", bytes(longHeader), "h\t4\t1\t1\t1\t1\t0\t1\n"),
                Arguments.of("latin.fa", new byte[] {'>', 'a', '\n', 'A', (byte) 0xe9, 'C', '\n'}, "a\t3\t1\t1\t0\t0\t1\t0\n"),
                Arguments.of("empty.fa", new byte[0], "total\t0\t0\t0\t0\t0\t0\t0\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void awkwardFileGivesRightCountsOrOneClearLine(String name, byte[] content, String expected)
            throws Exception {
        Path input = Files.write(directory.resolve(name), content);
        Path output = directory.resolve("out.tsv");
        StringWriter errors = new StringWriter();

        String splitSize = content.length > 100_000 ? "4k" : "3";
        int exit = MapchunkCli.execute(new PrintWriter(errors, true), "count", "--split-size", splitSize,
                "-o", output.toString(), input.toString());

        if (exit == 0) {
            assertThat(Files.readString(output, StandardCharsets.ISO_8859_1)).contains(expected);
            assertThat(errors.toString()).isEmpty();
        } else {
            assertThat(exit).isEqualTo(1);
            assertThat(errors.toString()).hasLineCount(1).startsWith("mapchunk: " + input)
                    .contains(expected);
            assertThat(output).doesNotExist();
        }
    }

    @ParameterizedTest(name = "{0} split {1}")
    @CsvSource(delimiter = '|', value = {"' \n'|3", "' \n'|64m", "'\t\n\n'|3", "'\n \n'|3",
            "'\n\n  \n'|2"})
    void fileOfOnlyBlanksIsRefusedByCountAndIndexAlike(String content, String splitSize)
            throws Exception {
        Path input = Files.writeString(directory.resolve("blank.fa"), content.translateEscapes());

        for (String command : new String[] {"count", "index"}) {
            StringWriter errors = new StringWriter();
            int exit = MapchunkCli.execute(new PrintWriter(errors, true), command, "--split-size",
                    splitSize, input.toString());

            assertThat(exit).as(command + ": " + errors).isEqualTo(1);
            assertThat(errors.toString()).as(command).hasLineCount(1)
                    .isEqualTo("mapchunk: " + input + ": sequence data before the first '>' header\n");
        }
        assertThat(directory.resolve("blank.fa.fai")).as("no index written").doesNotExist();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
