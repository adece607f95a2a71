package io.mapchunk.job;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.split.SplitPlanner;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.SerializedListAccumulator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a dataflow over the chunks of one file and brings its small result to the client. The
 * chunks pass a {@link ProgressTap} first, and while the job runs its accumulator is polled for a
 * {@link ProgressListener}: every job run this way reports progress the same way.
 *
 * <p>{@link #gather} delivers the result with the job's own result ({@link ResultGatherer}): one
 * stage, and a finished job has every subtask's records. {@link #stream} pulls records through
 * Flink's collect sink as they are made, for results too large to hold twice.
 */
public final class JobRunner {

    /** Name of the accumulator that carries a gathered job's records. */
    static final String RESULTS = "mapchunk-results";

    /** Builds a job's dataflow from the file's chunk stream. */
    @FunctionalInterface
    public interface Pipeline<T> {
        DataStream<T> build(DataStream<SequenceChunk> chunks, SequenceFile file);
    }

    /** What a run gathered, with the file as inspected, its split count and the run's figures. */
    public record Gathered<T>(SequenceFile file, int splits, List<T> records, RunFigures figures) {}

    /** What a streamed run leaves: the file as inspected and the run's figures. */
    public record Streamed(SequenceFile file, RunFigures figures) {}

    private JobRunner() {}

    /** Runs the job and returns all its records, delivered with the job's result. */
    public static <T> Gathered<T> gather(StreamExecutionEnvironment env, JobSettings settings,
            String jobName, Pipeline<T> pipeline, ProgressListener progress) throws Exception {
        long started = System.nanoTime();
        Prepared prepared = prepare(env, settings);
        DataStream<T> results = pipeline.build(prepared.chunks(), prepared.file());
        TypeSerializer<T> serializer =
                results.getType().createSerializer(env.getConfig().getSerializerConfig());
        results.transform("gather results", Types.VOID, new ResultGatherer<>(RESULTS, serializer))
                .name("gather results");
        JobExecutionResult execution = execute(env, jobName, prepared.file(), progress, () -> {});
        ArrayList<byte[]> raw = execution.getAccumulatorResult(RESULTS);
        List<T> records = raw == null
                ? List.of() : SerializedListAccumulator.deserializeList(raw, serializer);
        return new Gathered<>(prepared.file(), SplitPlanner.count(prepared.file().size(),
                settings.splitSize()), records, figures(env, prepared.file(), started, execution));
    }

    /** Runs the job and hands each record to {@code sink} as it arrives, keeping none. */
    public static <T> Streamed stream(StreamExecutionEnvironment env, JobSettings settings,
            String jobName, Pipeline<T> pipeline, ProgressListener progress, Consumer<T> sink)
            throws Exception {
        long started = System.nanoTime();
        Prepared prepared = prepare(env, settings);
        CloseableIterator<T> results =
                pipeline.build(prepared.chunks(), prepared.file()).collectAsync();
        JobExecutionResult execution = execute(env, jobName, prepared.file(), progress, () -> {
            try (results) {
                results.forEachRemaining(sink);
            }
        });
        return new Streamed(prepared.file(), figures(env, prepared.file(), started, execution));
    }

    private record Prepared(SequenceFile file, DataStream<SequenceChunk> chunks) {}

    private static Prepared prepare(StreamExecutionEnvironment env, JobSettings settings) {
        MappedGenomeSource source = settings.source();
        SequenceFile file = source.file();
        JobEnvironments.prepare(env, settings);
        int splits = SplitPlanner.count(file.size(), settings.splitSize());
        if (settings.parallelism() <= 0 && env.getParallelism() > splits) {
            env.setParallelism(splits); // a subtask without a split would only be deployed and idle
        }
        DataStream<SequenceChunk> chunks = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "mapped genome")
                .map(new ProgressTap(file.size(), settings.splitSize()))
                .name("progress")
                .uid("progress");
        return new Prepared(file, chunks);
    }

    /** Something the client does while the job runs (draining a collect sink). */
    @FunctionalInterface
    private interface WhileRunning {
        void run() throws Exception;
    }

    private static JobExecutionResult execute(StreamExecutionEnvironment env, String jobName,
            SequenceFile file, ProgressListener progress, WhileRunning whileRunning)
            throws Exception {
        JobClient client = env.executeAsync(jobName);
        try (AutoCloseable poller = ProgressPoller.start(client, file.size(), progress)) {
            whileRunning.run();
            return client.getJobExecutionResult().get();
        }
    }

    private static RunFigures figures(StreamExecutionEnvironment env, SequenceFile file,
            long started, JobExecutionResult execution) {
        double wall = (System.nanoTime() - started) / 1e9;
        return new RunFigures(file.size(), env.getParallelism(), wall,
                execution.getNetRuntime(TimeUnit.MILLISECONDS) / 1e3);
    }
}
