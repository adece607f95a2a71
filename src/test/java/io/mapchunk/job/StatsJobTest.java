package io.mapchunk.job;

import io.mapchunk.cli.output.SeqkitStatsFormat;
import io.mapchunk.cli.output.StatsEntry;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.testing.NaiveStats;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The stats job on random assemblies (lengths 0 to 10^6, N runs, gap letters, lowercase, IUPAC
 * codes, LF and CRLF) against {@link NaiveStats}, at split sizes from 1 byte up.
 */
class StatsJobTest {

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
                Arguments.of(1L, 2, 1L, 12, 30),
                Arguments.of(2L, 3, 2L, 25, 60),
                Arguments.of(3L, 4, 7L, 40, 300),
                Arguments.of(4L, 2, 4099L, 60, 1_000_000),
                Arguments.of(5L, 4, 65_537L, 150, 1_000_000),
                Arguments.of(6L, 1, 1_000_003L, 250, 1_000_000));
    }

    @ParameterizedTest(name = "seed {0}, parallelism {1}, split {2}, {3} records up to {4}")
    @MethodSource("layouts")
    void statsOfRandomAssemblyMatchNaiveComputation(long seed, int parallelism, long split,
            int records, int maxLength) throws Exception {
        byte[] fasta = randomAssembly(new Random(seed), records, maxLength);
        Path file = Files.write(directory.resolve("assembly.fa"), fasta);

        StatsResult result = StatsJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                JobSettings.defaults(file).withParallelism(parallelism).withSplitSize(split)
                        .withMappingSize(4096).withChunkSize(split < 100 ? 16 : 1 << 16)
                        .withReadMethod(seed % 2 == 0 ? ReadMethod.READ : ReadMethod.MAP),
                ProgressListener.NONE);

        NaiveStats.Stats expected = NaiveStats.of("assembly.fa", fasta);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SeqkitStatsFormat().write(List.of(new StatsEntry("assembly.fa", result)), out);
        assertThat(out.toString(StandardCharsets.ISO_8859_1).split("\n")[1])
                .isEqualTo(expected.row());
        assertThat(result.lengths().l(50)).as("L50").isEqualTo(expected.l50());
        assertThat(result.lengths().n(90)).as("N90").isEqualTo(expected.n90());
        assertThat(result.lengths().l(90)).as("L90").isEqualTo(expected.l90());
        assertThat(result.lengths().auN()).as("auN")
                .isCloseTo(expected.auN(), within(1e-9 * Math.max(1, expected.auN())));
        assertThat(result.nRuns()).as("N runs").isEqualTo(expected.nRuns());
        assertThat(result.total().n).as("N run length").isEqualTo(expected.nLength());
        assertThat(result.lengths().below(1000)).as("below 1 kb").isEqualTo(expected.below1kb());
    }

    /**
     * Records with log-uniform lengths from 0 to {@code maxLength}, mostly A/C/G/T with N runs of
     * any length (across line ends too), lowercase runs, IUPAC codes and seqkit's gap letters; the
     * first record now and then holds a protein letter (seqkit then reads the file as Protein if
     * it is within the first 10,000 bases).
     */
    static byte[] randomAssembly(Random random, int records, int maxLength) {
        String ending = random.nextBoolean() ? "\n" : "\r\n";
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < records; r++) {
            out.append(">contig_").append(r).append(random.nextBoolean() ? " len=x" : "")
                    .append(ending);
            long length = random.nextInt(10) == 0 ? 0
                    : (long) Math.floor(Math.pow(maxLength + 1.0, random.nextDouble())) - 1;
            int width = 1 + random.nextInt(random.nextBoolean() ? 8 : 120);
            int column = 0;
            boolean lower = false;
            int nLeft = 0;
            for (long i = 0; i < length; i++) {
                char base;
                if (nLeft > 0) {
                    nLeft--;
                    base = random.nextInt(50) == 0 ? 'n' : 'N';
                } else {
                    int roll = random.nextInt(2000);
                    if (roll < 3) {
                        nLeft = random.nextInt(random.nextBoolean() ? 5 : 3000);
                        base = 'N';
                    } else if (roll < 5) {
                        base = "RYSWKMBDHV-. ".charAt(random.nextInt(13));
                    } else if (r == 0 && roll == 5 && random.nextInt(4) == 0) {
                        base = 'E';
                    } else {
                        if (random.nextInt(500) == 0) {
                            lower = !lower;
                        }
                        base = "ACGTGC".charAt(random.nextInt(6));
                    }
                }
                out.append(lower ? Character.toLowerCase(base) : base);
                if (++column == width) {
                    out.append(ending);
                    column = 0;
                }
            }
            if (column > 0) {
                out.append(ending);
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
