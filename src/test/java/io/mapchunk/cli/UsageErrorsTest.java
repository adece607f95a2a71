package io.mapchunk.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command line that is wrong gets at most two lines (what is wrong, where the help is) and exit 2,
 * never the whole usage text; a value that is valid but more than the run can use gets a note.
 */
class UsageErrorsTest extends CommandLineTest {

    static Stream<Arguments> wrongCommandLines() {
        return Stream.of(
                Arguments.of(List.of("count", "--split-size", "0", "IN"), "size out of range: 0"),
                Arguments.of(List.of("count", "--split-size", "1e9", "IN"), "not a size: '1e9'"),
                Arguments.of(List.of("count", "--split-size", "10x", "IN"), "not a size: '10x'"),
                Arguments.of(List.of("count", "--split-size", "-1k", "IN"), "-1k"),
                Arguments.of(List.of("count", "--chunk-size", "0", "IN"), "size out of range: 0"),
                Arguments.of(List.of("gc", "--window", "0", "IN"), "--window"),
                Arguments.of(List.of("gc", "--window", "10", "--step", "0", "IN"), "--step"),
                Arguments.of(List.of("count", "-p", "0", "IN"), "--parallelism must be positive"),
                Arguments.of(List.of("count", "-p", "-3", "IN"), "--parallelism must be positive"),
                Arguments.of(List.of("generate", "--size", "0"), "size out of range: 0"),
                Arguments.of(List.of("count", "--fromat", "json", "IN"), "did you mean '--format'"),
                Arguments.of(List.of("sample", "--scan", "-n", "3000000000", "IN"), "at most"),
                Arguments.of(List.of("cuont", "IN"), "did you mean 'count'"),
                Arguments.of(List.of("count"), "Missing required parameter"));
    }

    @ParameterizedTest
    @MethodSource("wrongCommandLines")
    void aWrongCommandLineGetsOneLineAndWhereTheHelpIs(List<String> args, String says)
            throws Exception {
        Path input = Files.copy(Path.of("data/lambda_virus.fa"), directory.resolve("in.fa"));
        String[] line = args.stream().map(a -> a.equals("IN") ? input.toString() : a)
                .toArray(String[]::new);

        int exit = run(line);

        List<String> lines = errors.toString().lines().toList();
        assertThat(exit).as(errors.toString()).isEqualTo(2);
        assertThat(lines).as("stderr").hasSizeBetween(1, 2);
        assertThat(lines.get(0)).startsWith("mapchunk: ").contains(says);
        if (lines.size() == 2) {
            assertThat(lines.get(1)).matches("Try 'mapchunk( [a-z]+)? --help'\\.");
        }
    }

    @Test
    void aMistypedOptionIsNotAlsoCalledAnUnknownInput() throws Exception {
        Path input = Files.copy(Path.of("data/lambda_virus.fa"), directory.resolve("in.fa"));

        run("count", "--fromat", "json", input.toString());

        assertThat(errors.toString()).doesNotContain("json'").doesNotContain(input.toString());
    }

    @Test
    void aBillionWindowSampleIsALongNotAnIntError() throws Exception {
        Path input = Files.copy(Path.of("data/lambda_virus.fa"), directory.resolve("in.fa"));

        int exit = run("sample", "--without-replacement", "-n", "3000000000", "--seed", "1",
                input.toString());

        assertThat(exit).as(errors.toString()).isEqualTo(1);
        assertThat(errors.toString()).doesNotContain("int").contains("at most");
    }
}
