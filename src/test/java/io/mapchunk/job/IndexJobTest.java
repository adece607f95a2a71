package io.mapchunk.job;

import io.mapchunk.runtime.JobSettings;
import io.mapchunk.NaiveFasta;
import io.mapchunk.SharedData;
import io.mapchunk.analysis.index.IndexBuildTest;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputFileException;
import io.mapchunk.format.SequenceFile;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parallel index build end to end on a mini-cluster, against samtools' files and the naive reference. */
class IndexJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @TempDir
    Path tmp;

    private static FastaIndex index(Path file, int parallelism, long splitSize) throws Exception {
        return IndexJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                JobSettings.defaults(file).withParallelism(parallelism).withSplitSize(splitSize));
    }

    private static String text(FastaIndex index) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        index.write(out);
        return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void indexIsByteIdenticalToSamtoolsOnRealGenomes() throws Exception {
        for (String name : List.of("pfalciparum_mal.fa", "dmel_chr2R.fa", "lambda_virus.fa",
                "hg38_chr16_subset.fa", "ecoli_mg1655.fa")) {
            Path fasta = SharedData.file(name);
            String expected = Files.readString(FastaIndex.pathFor(fasta),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(text(index(fasta, 2, 1 << 20))).as(name).isEqualTo(expected);
        }
    }

    @Test
    void tinySplitsGiveTheNaiveIndexOnRandomFasta() throws Exception {
        Random random = new Random(20261125);
        Path file = tmp.resolve("random.fa");
        int checked = 0;
        for (int i = 0; i < 12; i++) {
            byte[] bytes = IndexBuildTest.randomFasta(random, i % 9);
            Files.write(file, bytes);
            List<FaiEntry> expected = NaiveFasta.entries(NaiveFasta.parse(bytes));
            long split = 3 + random.nextInt(40);
            assertThat(index(file, 1 + i % 3, split).entries())
                    .as("split %d of %s", split, new String(bytes,
                            java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo(expected);
            checked += expected.size();
        }
        assertThat(checked).isGreaterThan(12);
    }

    @Test
    void unevenLinesAreRefusedWithRecordAndLine() throws Exception {
        Path file = tmp.resolve("uneven.fa");
        Files.writeString(file, ">ok\nACGT\nAC\n>bad one\nACGT\nAC\nACGT\n");
        assertThatThrownBy(() -> index(file, 2, 5))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("different line length in sequence 'bad' at line 7");
    }

    @Test
    void rawFileGetsOneRecord() throws Exception {
        Path file = tmp.resolve("chrZ.seq");
        Files.writeString(file, "ACGTACGTAC");
        assertThat(index(file, 2, 4).entries())
                .containsExactly(new FaiEntry("chrZ", 10, 0, 10, 11));
    }

    @Test
    void staleOrForeignIndexIsRefused() throws Exception {
        Path file = tmp.resolve("g.fa");
        Files.writeString(file, ">a\nACGTACGT\nACG\n>b\nAAAA\n");
        FastaIndex good = index(file, 1, 1 << 20);
        good.validate(SequenceFile.inspect(file), FastaIndex.pathFor(file));
        Files.writeString(file, ">a\nACGTACGT\nACGT\n>b\nAAAA\n");
        assertThatThrownBy(() -> good.validate(SequenceFile.inspect(file), FastaIndex.pathFor(file)))
                .isInstanceOf(InputFileException.class).hasMessageContaining("stale or foreign");
        FastaIndex foreign = new FastaIndex(List.of(new FaiEntry("x", 12, 3, 8, 9)));
        assertThatThrownBy(() -> foreign.validate(SequenceFile.inspect(file), FastaIndex.pathFor(file)))
                .isInstanceOf(InputFileException.class).hasMessageContaining("names 'a'");
    }
}
