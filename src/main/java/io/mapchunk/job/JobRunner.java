package io.mapchunk.job;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.SequenceChunk;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a dataflow over the chunks of one file and collects its small result to the client. The
 * chunks pass a {@link ProgressTap} first, and while the job runs its accumulator is polled for a
 * {@link ProgressListener}: every job run this way reports progress the same way.
 */
public final class JobRunner {

    /** Builds a job's dataflow from the file's chunk stream. */
    @FunctionalInterface
    public interface Pipeline<T> {
        DataStream<T> build(DataStream<SequenceChunk> chunks, SequenceFile file);
    }

    /** What a run collected, with the file as inspected and the run's figures. */
    public record Collected<T>(SequenceFile file, List<T> records, RunFigures figures) {}

    private JobRunner() {}

    /** Runs the job and returns all its records. */
    public static <T> Collected<T> collect(StreamExecutionEnvironment env, JobSettings settings,
            String jobName, Pipeline<T> pipeline, ProgressListener progress) throws Exception {
        List<T> records = new ArrayList<>();
        Streamed streamed = stream(env, settings, jobName, pipeline, progress, records::add);
        return new Collected<>(streamed.file(), records, streamed.figures());
    }

    /** What a streamed run leaves: the file as inspected and the run's figures. */
    public record Streamed(SequenceFile file, RunFigures figures) {}

    /** Runs the job and hands each record to {@code sink} as it arrives, keeping none. */
    public static <T> Streamed stream(StreamExecutionEnvironment env, JobSettings settings,
            String jobName, Pipeline<T> pipeline, ProgressListener progress, Consumer<T> sink)
            throws Exception {
        long started = System.nanoTime();
        MappedGenomeSource source = settings.source();
        SequenceFile file = source.file();
        JobEnvironments.prepare(env, settings);
        DataStream<SequenceChunk> chunks = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "mapped genome")
                .map(new ProgressTap(file.size(), settings.splitSize()))
                .name("progress")
                .uid("progress");
        CloseableIterator<T> results = pipeline.build(chunks, file).collectAsync();
        JobClient client = env.executeAsync(jobName);
        JobExecutionResult execution;
        try (AutoCloseable poller = ProgressPoller.start(client, file.size(), progress)) {
            try (results) {
                results.forEachRemaining(sink);
            }
            execution = client.getJobExecutionResult().get();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        return new Streamed(file, new RunFigures(file.size(), env.getParallelism(), wall,
                execution.getNetRuntime(TimeUnit.MILLISECONDS) / 1e3));
    }
}
