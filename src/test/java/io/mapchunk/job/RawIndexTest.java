package io.mapchunk.job;

import io.mapchunk.runtime.JobSettings;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.RawIndex;
import io.mapchunk.format.SequenceFile;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A raw file's index from its size and first line is the one the full index pass builds. */
class RawIndexTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(2).build());

    @TempDir
    Path directory;

    @Test
    void rawIndexFromSizeAndFirstLineEqualsTheIndexJobs() throws Exception {
        String[] shapes = {
            "ACGTACGTAC", "ACGTACGTAC\n", "ACGTACGTAC\r\n", "ACGT\nACGT\nAC\n", "ACGT\nACGT\nACGT",
            "ACGT\nACGT\nACGT\n", "acgtN\r\nACGTN\r\nA\r\n", "A\nC\nG\n", "A",
        };
        for (int i = 0; i < shapes.length; i++) {
            Path file = Files.writeString(directory.resolve("shape" + i + ".raw"), shapes[i]);
            FastaIndex byJob = IndexJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                    JobSettings.defaults(file).withParallelism(2));
            Optional<FastaIndex> direct = RawIndex.of(SequenceFile.inspect(file));
            assertThat(direct).as("%s", shapes[i].replace("\n", "\\n").replace("\r", "\\r"))
                    .contains(byJob);
        }
    }

    @Test
    void leavesFilesItCannotSettleToTheIndexJob() throws Exception {
        String[] shapes = {"ACGT\nACGTAC\n", "ACGT\nACGT\n\n", "ACGTAC\nACGT\nAC\n"};
        for (int i = 0; i < shapes.length; i++) {
            Path file = Files.writeString(directory.resolve("odd" + i + ".raw"), shapes[i]);
            assertThat(RawIndex.of(SequenceFile.inspect(file))).as(shapes[i]).isEmpty();
        }
        Path uneven = directory.resolve("odd0.raw");
        assertThatThrownBy(() -> IndexJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                JobSettings.defaults(uneven))).hasMessageContaining("line");
    }
}
