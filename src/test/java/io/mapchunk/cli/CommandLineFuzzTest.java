package io.mapchunk.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random command lines over random inputs keep the promises: exit 0, 1 or 2; a failure is at most
 * two lines on stderr and never a stack trace; nothing but the asked-for output is left in the
 * directory. The seed is fixed so a failure repeats; the case is in the failure message.
 */
class CommandLineFuzzTest extends CommandLineTest {

    private static final int CASES = 60;
    private static final List<String> COMMANDS = List.of("count", "stats", "gc", "index", "sample");
    private static final List<String> OPTIONS = List.of("-p", "--split-size", "--chunk-size",
            "--mapping-size", "--format", "--read", "-w", "--window", "-s", "--step", "-n", "-l",
            "--seed", "--value", "--where", "--fromat", "-q", "--scan", "--exclude-n",
            "--without-replacement", "--per-sequence");
    private static final List<String> VALUES = List.of("0", "1", "-1", "2", "3", "7", "1k", "10x",
            "1e9", "-1k", "4m", "3000000000", "99999999999999999999", "json", "seqtk", "tsv", "bed",
            "fasta", "facount", "map", "read", "gc", "n", "cpg", "", " ", "ü", "--", "-");

    @Test
    void randomCommandLinesOverRandomInputsKeepThePromises() throws Exception {
        Random random = new Random(20261202);
        for (int c = 0; c < CASES; c++) {
            Path input = directory.resolve("in" + c + ".fa");
            Files.write(input, randomInput(random));
            Path output = directory.resolve("out" + c);
            List<String> args = new ArrayList<>();
            args.add(COMMANDS.get(random.nextInt(COMMANDS.size())));
            for (int o = random.nextInt(4); o > 0; o--) {
                args.add(OPTIONS.get(random.nextInt(OPTIONS.size())));
                if (random.nextInt(4) > 0) {
                    args.add(VALUES.get(random.nextInt(VALUES.size())));
                }
            }
            if (args.get(0).equals("sample") && !args.contains("-n")) {
                args.addAll(List.of("-n", String.valueOf(random.nextInt(50))));
            }
            if (args.get(0).equals("gc") && !args.contains("-w") && !args.contains("--window")) {
                args.addAll(List.of("-w", String.valueOf(1 + random.nextInt(100))));
            }
            args.addAll(List.of("-o", output.toString(), input.toString()));
            errors.getBuffer().setLength(0);

            int exit = run(args.toArray(String[]::new));

            String what = "case " + c + ": " + args + "\nstderr:\n" + errors;
            List<String> lines = errors.toString().lines()
                    .filter(line -> !line.startsWith("mapchunk: seed ")
                            && !line.startsWith("mapchunk: --count 0"))
                    .toList();
            assertThat(exit).as(what).isIn(0, 1, 2);
            if (exit != 0) {
                assertThat(lines).as(what).hasSizeBetween(1, 2);
                assertThat(lines.get(0)).as(what).startsWith("mapchunk: ");
            }
            assertThat(errors.toString()).as(what).doesNotContain("\tat ")
                    .doesNotContain("Exception:");
            assertThat(strays()).as(what + "files left beside inputs and outputs").isEmpty();
            if (exit != 0) {
                assertThat(output).as(what).doesNotExist();
            }
        }
    }

    /** Random bytes, or FASTA-like text with random damage. */
    private static byte[] randomInput(Random random) {
        int size = random.nextInt(4000);
        byte[] bytes = new byte[size];
        if (random.nextBoolean()) {
            random.nextBytes(bytes);
            return bytes;
        }
        String alphabet = "ACGTNacgtnRYKM>\n\n\r ";
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        if (size > 0) {
            bytes[0] = '>';
        }
        return bytes;
    }

    /** Files in the directory that are neither an input, its index, nor an output. */
    private Set<String> strays() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.matches("in\\d+\\.fa(\\.fai)?|out\\d+"))
                    .collect(Collectors.toSet());
        }
    }
}
