package io.mapchunk.job;

import io.mapchunk.runtime.ProgressListener;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowCounts;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputFileException;
import io.mapchunk.testing.NaiveWindows;
import io.mapchunk.testing.SharedData;
import io.mapchunk.testing.UniformFasta;
import io.mapchunk.testing.WindowLines;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Windowed counts on a mini-cluster against a naive windowed counter. */
class GcJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(4).build());

    @TempDir
    Path directory;

    @ParameterizedTest(name = "seed {0}, p {1}, split {2}, chunk {3}, window {4} step {5}")
    @CsvSource({
            "1, 1, 1000000, 4194304, 100, 100",
            "2, 2, 7, 16, 10, 10",
            "3, 3, 64, 5, 37, 37",
            "4, 4, 33, 1024, 1, 1",
            "5, 2, 500, 64, 100, 30",
            "6, 3, 129, 100, 50, 120",
            "7, 4, 1, 3, 1000, 250",
            "8, 2, 4096, 256, 7, 3"})
    void windowsMatchNaiveCountsAtAnySplitChunkAndParallelism(long seed, int parallelism,
            long split, int chunk, long window, long step) throws Exception {
        UniformFasta fasta = UniformFasta.generate(seed);
        Path file = Files.write(directory.resolve("uniform.fa"), fasta.bytes());
        JobSettings settings = JobSettings.defaults(file).withParallelism(parallelism)
                .withSplitSize(split).withMappingSize(Math.max(64, chunk)).withChunkSize(chunk);

        GcTable table = GcJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), settings,
                fasta.index(), new WindowSpec(window, step), ProgressListener.NONE).table();

        assertThat(lines(table)).containsExactlyElementsOf(NaiveWindows.of(
                names(fasta.index()), fasta.sequences(), window, step));
    }

    @Test
    void lambdaGenomeWindowsMatchNaiveCounts() throws Exception {
        Path file = SharedData.file("lambda_virus.fa");
        FastaIndex index = FastaIndex.read(SharedData.file("lambda_virus.fa.fai"));
        JobSettings settings = JobSettings.defaults(file).withParallelism(2).withSplitSize(10_000)
                .withChunkSize(4096);

        GcTable table = GcJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), settings,
                index, new WindowSpec(1000, 1000), ProgressListener.NONE).table();

        assertThat(lines(table)).containsExactlyElementsOf(
                NaiveWindows.of(names(index), sequences(file), 1000, 1000));
    }

    @Test
    void unevenLinesAreRefusedNamingTheSequence() throws Exception {
        Path file = Files.writeString(directory.resolve("uneven.fa"), ">x\nACGT\nACG\nACGT\n");
        FastaIndex index = new FastaIndex(List.of(new FaiEntry("x", 11, 3, 4, 5)));

        assertThatThrownBy(() -> GcJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                JobSettings.defaults(file).withParallelism(1), index, new WindowSpec(5, 5),
                ProgressListener.NONE))
                .hasStackTraceContaining("of sequence 'x' is not where its index puts a base")
                .satisfies(e -> assertThat(rootOf(e)).isInstanceOf(InputFileException.class));
    }

    private static Throwable rootOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static List<String> lines(GcTable table) {
        return WindowLines.of(table);
    }

    private static List<String> names(FastaIndex index) {
        return index.entries().stream().map(FaiEntry::name).toList();
    }

    /** Sequences of a FASTA file, read naively line by line. */
    static List<String> sequences(Path file) throws Exception {
        List<String> sequences = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith(">")) {
                if (current != null) {
                    sequences.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line.strip());
            }
        }
        if (current != null) {
            sequences.add(current.toString());
        }
        return sequences;
    }
}
