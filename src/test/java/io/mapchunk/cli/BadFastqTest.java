package io.mapchunk.cli;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fault of the FASTQ issue, in a file of good reads around it, through every command that
 * reads FASTQ, at a split size that puts split edges everywhere and at one split: exit 1, one line
 * naming the file, the record and the byte, and nothing written.
 */
class BadFastqTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(2).build());

    private static final String GOOD = "@g1 1:N:0:1\nACGTNACGTA\n+\n@@+IIIIII#\n@g2\nTTGCA\n+g2\n+@@@@\n";

    @TempDir
    Path directory;

    static Stream<Arguments> faults() {
        List<Arguments> cases = new ArrayList<>();
        String[][] faults = {
            {"short-quality", "@bad\nACGT\n+\nIII\n", "bad FASTQ record 'bad' at byte ", "quality line is shorter than its sequence (3 against 4 bytes)"},
            {"long-quality", "@bad\nACGT\n+\nIIIII\n", "bad FASTQ record 'bad' at byte ", "quality line is longer than its sequence (5 against 4 bytes)"},
            {"no-plus", "@bad\nACGT\nACGT\n+\nIIIIIIII\n", "bad FASTQ record 'bad' at byte ", "no '+' line after its sequence line (wrapped, multi-line FASTQ"},
            {"bad-quality", "@bad\nACGT\n+\nII I\n", "bad FASTQ record 'bad' at byte ", "quality byte 0x20 is outside '!'..'~'"},
            {"blank-line", "\n", "bad FASTQ at byte ", "a blank line comes between records"},
            {"foreign-line", "ACGT\n", "bad FASTQ record 'g2' at byte ", "what follows it does not begin with '@'"},
        };
        for (String[] fault : faults) {
            for (String command : new String[] {"stats", "count", "sample", "report"}) {
                for (String splitSize : new String[] {"7", "64m"}) {
                    cases.add(Arguments.of(fault[0], GOOD + fault[1] + GOOD, fault[2], fault[3],
                            command, splitSize));
                }
            }
        }
        for (String command : new String[] {"stats", "count", "sample", "report"}) {
            cases.add(Arguments.of("cut", GOOD + "@cut\nACGTACGT\n+\nIII", "bad FASTQ record 'cut' at byte ",
                    "cut by the end of the file in its quality line", command, "5"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {4} split {5}")
    @MethodSource("faults")
    void aBadRecordIsOneLineAndNothingIsWritten(String name, String content, String where,
            String why, String command, String splitSize) throws Exception {
        Path input = Files.writeString(directory.resolve(name + ".fq"), content,
                StandardCharsets.ISO_8859_1);
        Path output = directory.resolve("out");
        StringWriter errors = new StringWriter();
        List<String> args = new ArrayList<>(List.of(command, "--split-size", splitSize, "-o",
                output.toString()));
        if (command.equals("sample")) {
            args.addAll(List.of("-n", "2"));
        }
        args.add(input.toString());

        int exit = MapchunkCli.execute(new PrintWriter(errors, true), args.toArray(String[]::new));

        assertThat(exit).as(errors.toString()).isEqualTo(1);
        assertThat(errors.toString()).hasLineCount(1).startsWith("mapchunk: " + input + ": " + where)
                .contains(why);
        assertThat(output).doesNotExist();
        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left).containsExactly(input);
        }
    }
}
