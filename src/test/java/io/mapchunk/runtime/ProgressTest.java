package io.mapchunk.runtime;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.analysis.Pass;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.stitch.PartPlace;
import io.mapchunk.testing.RandomFasta;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress counter: exact at the end, and polled while a job runs. */
class ProgressTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setConfiguration(Configuration.fromMap(java.util.Map.of("heartbeat.interval", "100")))
                    .setNumberSlotsPerTaskManager(3)
                    .build());

    @TempDir
    Path directory;

    @ParameterizedTest(name = "seed {0}, parallelism {1}, split {2}")
    @CsvSource({"1, 1, 7", "2, 2, 64", "3, 3, 1", "4, 2, 1000000", "5, 3, 33"})
    void finishedJobHasScannedExactlyTheFileSize(long seed, int parallelism, long split)
            throws Exception {
        byte[] fasta = RandomFasta.generate(seed);
        Path file = Files.write(directory.resolve("random.fa"), fasta);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobSettings settings = JobSettings.defaults(file).withParallelism(parallelism)
                .withSplitSize(split).withMappingSize(64).withChunkSize(16);
        JobEnvironments.prepare(env, settings);
        env.fromSource(MappedGenomeSource.forFile(file).splitSize(split).mappingSize(64)
                        .chunkSize(16).build(), WatermarkStrategy.noWatermarks(), "genome")
                .map(new ProgressTap(fasta.length, split))
                .sinkTo(new DiscardingSink<>());

        Long done = env.execute().getAccumulatorResult(ProgressTap.BYTES_DONE);

        assertThat(done).isEqualTo(fasta.length);
    }

    @Test
    void listenerSeesTheCounterGrowWhileTheJobRunsThenFinishOnce() throws Exception {
        Path file = Files.write(directory.resolve("long.fa"), fasta(400, 60));
        long size = Files.size(file);
        RecordingListener listener = new RecordingListener();
        JobSettings settings = JobSettings.defaults(file).withParallelism(2).withSplitSize(size / 8)
                .withChunkSize(61);

        JobRunner.run(StreamExecutionEnvironment.getExecutionEnvironment(), settings, "slow",
                Pass.of(new SlowAnalysis()), listener);

        assertThat(listener.events).first().isEqualTo("0/" + size);
        assertThat(listener.events).last().isEqualTo("finish");
        List<Long> done = listener.events.stream().filter(e -> !e.equals("finish"))
                .map(e -> Long.parseLong(e.substring(0, e.indexOf('/')))).toList();
        assertThat(done).isSorted().allMatch(d -> d <= size)
                .anyMatch(d -> d > 0 && d < size);
    }

    /** About two seconds of work for the 400 chunks, so several polls see the job running. */
    /** Takes 10 ms a chunk, so the job runs long enough to be polled. */
    private static final class SlowAnalysis implements ChunkAnalysis<Integer, Void> {
        @Override
        public ChunkFolder<Integer> newFolder(SequenceFile file) {
            return (chunk, out) -> {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }

        @Override
        public Assembler<Integer, Void> newAssembler(SequenceFile file, int splits) {
            return new Assembler<>() {
                @Override
                public void accept(PartPlace place, Integer value) {}

                @Override
                public Void result() {
                    return null;
                }
            };
        }
    }

    private static byte[] fasta(int lines, int width) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(">slow\n".getBytes());
        for (int i = 0; i < lines; i++) {
            out.writeBytes(("ACGT".repeat(width / 4 + 1).substring(0, width) + "\n").getBytes());
        }
        return out.toByteArray();
    }

    static final class RecordingListener implements ProgressListener {
        final List<String> events = new ArrayList<>();

        @Override
        public synchronized void update(long bytesDone, long bytesTotal) {
            events.add(bytesDone + "/" + bytesTotal);
        }

        @Override
        public synchronized void finish() {
            events.add("finish");
        }
    }
}
