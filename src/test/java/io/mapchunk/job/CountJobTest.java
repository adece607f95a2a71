package io.mapchunk.job;

import io.mapchunk.runtime.JobSettings;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.RandomFasta;
import io.mapchunk.testing.SharedData;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real count job on a Flink mini-cluster (4 slots), at parallelism 1 to 4, with mapped windows
 * (odd parallelism) and positioned reads (even).
 */
class CountJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(4)
                    .build());

    @TempDir
    Path directory;

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of(11L, 1, 7L),
                Arguments.of(12L, 2, 1L),
                Arguments.of(13L, 3, 64L),
                Arguments.of(14L, 4, 33L),
                Arguments.of(15L, 4, 1_000_000L));
    }

    @ParameterizedTest(name = "seed {0}, parallelism {1}, split {2}")
    @MethodSource("layouts")
    void countsRandomFastaLikeNaiveCounterAtAnyParallelism(long seed, int parallelism, long split)
            throws Exception {
        byte[] fasta = RandomFasta.generate(seed);
        Path file = Files.write(directory.resolve("random.fa"), fasta);

        CountResult result = CountJob.run(environment(),
                JobSettings.defaults(file).withParallelism(parallelism).withSplitSize(split)
                        .withMappingSize(64).withChunkSize(16)
                        .withReadMethod(parallelism % 2 == 0 ? ReadMethod.READ : ReadMethod.MAP));

        assertThat(CountText.facount(result.records()))
                .isEqualTo(NaiveCounts.facount(NaiveCounts.fasta(fasta)));
        assertThat(result.figures().inputBytes()).isEqualTo(fasta.length);
    }

    @Test
    void countsRealGenomeLikeFaCountAndSeqtkAcrossManySplits() throws Exception {
        Path genome = SharedData.file("pfalciparum_mal.fa");

        CountResult result = CountJob.run(environment(),
                JobSettings.defaults(genome).withParallelism(3).withSplitSize(1_000_003));

        assertThat(CountText.facount(result.records())).isEqualTo(
                Files.readString(SharedData.file("pfalciparum_mal.facount.tsv"), StandardCharsets.ISO_8859_1));
        assertThat(CountText.seqtk(result.records())).isEqualTo(
                Files.readString(SharedData.file("pfalciparum_mal.seqtk-comp.tsv"), StandardCharsets.ISO_8859_1));
    }

    @Test
    void countsRawSequenceFileAsOneRecordNamedAfterTheFile() throws Exception {
        byte[] raw = RandomFasta.raw(99);
        Path file = Files.write(directory.resolve("reads.smalla"), raw);

        CountResult result = CountJob.run(environment(),
                JobSettings.defaults(file).withParallelism(2).withSplitSize(100));

        assertThat(CountText.seqtk(result.records()))
                .isEqualTo(NaiveCounts.seqtk(java.util.List.of(NaiveCounts.raw("reads", raw))));
    }

    @Test
    void countsEmptyFileAsNoRecords() throws Exception {
        Path file = Files.write(directory.resolve("empty.fa"), new byte[0]);

        CountResult result = CountJob.run(environment(), JobSettings.defaults(file));

        assertThat(result.records()).isEmpty();
        assertThat(CountText.facount(result.records()))
                .isEqualTo("#seq\tlen\tA\tC\tG\tT\tN\tcpg\ntotal\t0\t0\t0\t0\t0\t0\t0\n");
    }

    private static StreamExecutionEnvironment environment() {
        return StreamExecutionEnvironment.getExecutionEnvironment();
    }
}
