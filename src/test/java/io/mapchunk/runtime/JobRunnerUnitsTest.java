package io.mapchunk.runtime;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A job over work units: every unit's records reach the client, progress counts the weights. */
class JobRunnerUnitsTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setConfiguration(Configuration.fromMap(Map.of("heartbeat.interval", "100")))
                    .setNumberSlotsPerTaskManager(3)
                    .build());

    @TempDir
    Path directory;

    public record Task(int id, int weight) implements Serializable {}

    public record Done(int id, int weight) {}

    @Test
    void everyUnitsRecordsArriveAndProgressGrowsToTheUnitsWeight() throws Exception {
        List<Task> tasks = IntStream.range(0, 60).mapToObj(i -> new Task(i, 1 + i % 7)).toList();
        long total = tasks.stream().mapToLong(Task::weight).sum();
        List<Done> done = new ArrayList<>();
        ProgressTest.RecordingListener listener = new ProgressTest.RecordingListener();

        JobRunner.run(StreamExecutionEnvironment.getExecutionEnvironment(), settings(2), "units",
                WorkUnits.of(Task.class, tasks, Task::weight), new SlowWork(), done::add, listener);

        assertThat(done).extracting(Done::id).containsExactlyInAnyOrderElementsOf(
                tasks.stream().map(Task::id).toList());
        assertThat(listener.events).first().isEqualTo("0/" + total);
        assertThat(listener.events).last().isEqualTo("finish");
        List<Long> polled = listener.events.stream().filter(e -> !e.equals("finish"))
                .map(e -> Long.parseLong(e.substring(0, e.indexOf('/')))).toList();
        assertThat(polled).isSorted().allMatch(d -> d <= total).anyMatch(d -> d > 0);
    }

    @Test
    void recordsThatWouldGoThroughKryoAreRefused() {
        List<Task> tasks = List.of(new Task(0, 1));

        assertThatThrownBy(() -> JobRunner.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                settings(1), "opaque", WorkUnits.of(Task.class, tasks, Task::weight),
                new OpaqueWork(), record -> {}, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Opaque.class.getName())
                .hasMessageContaining("not a POJO or record");
    }

    private JobSettings settings(int parallelism) throws Exception {
        return JobSettings.defaults(Files.writeString(directory.resolve("unused.fa"), ">a\nACGT\n"))
                .withParallelism(parallelism);
    }

    /** Takes 30 ms a unit, so the job runs long enough to be polled. */
    private static final class SlowWork implements FlatMapFunction<Task, Done> {
        @Override
        public void flatMap(Task task, Collector<Done> out) throws InterruptedException {
            Thread.sleep(30);
            out.collect(new Done(task.id(), task.weight()));
        }
    }

    /** No default constructor, no record: Flink could only send it through Kryo. */
    static final class Opaque {
        final int id;

        Opaque(int id) {
            this.id = id;
        }
    }

    private static final class OpaqueWork implements FlatMapFunction<Task, Opaque> {
        @Override
        public void flatMap(Task task, Collector<Opaque> out) {
            out.collect(new Opaque(task.id()));
        }
    }
}
