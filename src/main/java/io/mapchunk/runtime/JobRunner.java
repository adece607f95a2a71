package io.mapchunk.runtime;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.PassRecord;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.split.SplitPlanner;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs every mapchunk job and brings its records to the client. A job's input is either the
 * chunks of one file, which a {@link Pass} folds, or a list of {@link WorkUnits} planned by the
 * client, which a function works through (a sample's draws). Either way the input passes a tap
 * ({@link ProgressTap}, {@link UnitTap}) whose accumulator is polled for a
 * {@link ProgressListener} while the job runs, the records' type is checked to be one Flink
 * serializes without Kryo, and one execute path brings the records back: every job reports
 * progress and returns its records the same way.
 *
 * <p>A pass' records normally come with the job's own result ({@link ResultGatherer}): one stage,
 * and a finished job has every subtask's records. A pass with a {@linkplain Pass#streamed()
 * streamed} analysis pulls them through Flink's collect sink as they are made instead, for results
 * too large to hold twice. The records of a units job are streamed too: they grow with the draws
 * (a sample's keys), or may carry rows (a sample's pieces from a TaskManager that cannot see the
 * client's directory), and the client keeps neither in its heap twice.
 */
public final class JobRunner {

    /** Name of the accumulator that carries a gathered job's records. */
    static final String RESULTS = "mapchunk-results";

    /** What a pass produced: the file as inspected, every analysis' result and the run's figures. */
    public record Scanned(SequenceFile file, Pass.Results results, RunFigures figures) {}

    private JobRunner() {}

    /** Runs {@code pass} over the file of {@code settings} as one job. */
    public static Scanned run(StreamExecutionEnvironment env, JobSettings settings, String jobName,
            Pass pass, ProgressListener progress) throws Exception {
        long started = System.nanoTime();
        Prepared prepared = prepare(env, settings);
        Pass.Results results = pass.newResults(prepared.file(), prepared.splits());
        DataStream<PassRecord> records = prepared.chunks()
                .flatMap(pass.folder(prepared.file()), TypeInformation.of(PassRecord.class))
                .name("analyses").uid("analyses");
        JobExecutionResult execution = execute(env, jobName, records, pass.streamed(),
                prepared.file().size(), progress, results::accept);
        return new Scanned(prepared.file(), results,
                figures(env, prepared.file(), started, execution));
    }

    /**
     * Runs {@code work} over {@code units} as one job, handing its records to {@code results} as
     * they arrive; progress counts the units' weights. A job without units is not run.
     */
    public static <U, R> void run(StreamExecutionEnvironment env, JobSettings settings,
            String jobName, WorkUnits<U> units, FlatMapFunction<U, R> work, Consumer<R> results,
            ProgressListener progress) throws Exception {
        JobEnvironments.prepare(env, settings);
        if (units.units().isEmpty()) {
            return;
        }
        int parallelism = parallelism(env, units.units().size());
        @SuppressWarnings("unchecked")
        U[] all = units.units().toArray(n -> (U[]) Array.newInstance(units.type(), n));
        DataStream<R> records = env.fromSequence(0, all.length - 1)
                .name("work units")
                .setParallelism(parallelism)
                .flatMap(new UnitTap<>(all, units.weights()), TypeInformation.of(units.type()))
                .name("progress")
                .setParallelism(parallelism)
                .flatMap(work)
                .name(work.getClass().getSimpleName())
                .setParallelism(parallelism);
        execute(env, jobName, records, true, units.total(), progress, results);
    }

    /**
     * Every slot the environment offers (at most one per unit): a batch job's adaptive scheduler
     * would size the working operator by the bytes of its input, a few kB of units, and run it on
     * one subtask whatever the work the units stand for.
     */
    private static int parallelism(StreamExecutionEnvironment env, int units) {
        int available = env.getParallelism() > 0 ? env.getParallelism()
                : Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(available, units));
    }

    private record Prepared(SequenceFile file, int splits, DataStream<SequenceChunk> chunks) {}

    private static Prepared prepare(StreamExecutionEnvironment env, JobSettings settings) {
        JobEnvironments.prepare(env, settings);
        MappedGenomeSource source = settings.source(settings.parallelism() > 0
                ? settings.parallelism() : env.getParallelism());
        SequenceFile file = source.file();
        int splits = SplitPlanner.count(file.size(), file.splitBytes(source.splitSize()));
        if (settings.parallelism() <= 0 && env.getParallelism() > splits) {
            env.setParallelism(splits); // a subtask without a split would only be deployed and idle
        }
        DataStream<SequenceChunk> chunks = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "mapped genome")
                .map(new ProgressTap(file.size(), file.splitBytes(source.splitSize())))
                .name("progress")
                .uid("progress");
        return new Prepared(file, splits, chunks);
    }

    /**
     * Runs the job that ends in {@code records} and hands every record to {@code sink}: pulled
     * through the collect sink while the job runs when {@code streamed}, else gathered with the
     * job's result. {@code total} is what the progress accumulator reaches at the end.
     */
    private static <R> JobExecutionResult execute(StreamExecutionEnvironment env, String jobName,
            DataStream<R> records, boolean streamed, long total, ProgressListener progress,
            Consumer<R> sink) throws Exception {
        TypeSerializer<R> serializer = serializer(env, jobName, records);
        if (streamed) {
            CloseableIterator<R> stream = records.collectAsync();
            return submit(env, jobName, total, progress, () -> {
                try (stream) {
                    stream.forEachRemaining(sink);
                }
            });
        }
        records.transform("gather results", Types.VOID, new ResultGatherer<>(RESULTS, serializer))
                .name("gather results");
        JobExecutionResult execution = submit(env, jobName, total, progress, () -> {});
        ArrayList<byte[]> raw = execution.getAccumulatorResult(RESULTS);
        if (raw != null) {
            DeflatedRecords.read(raw, serializer, sink);
        }
        return execution;
    }

    /**
     * Flink's serializer for the records; fails unless they are POJOs or records. Anything else
     * would go through Kryo, which writes its class name and reflects over it for every record.
     */
    private static <R> TypeSerializer<R> serializer(StreamExecutionEnvironment env, String jobName,
            DataStream<R> records) {
        TypeInformation<R> type = records.getType();
        if (type instanceof GenericTypeInfo) {
            throw new IllegalArgumentException(jobName + ": its records, "
                    + type.getTypeClass().getName() + ", are not a POJO or record");
        }
        return type.createSerializer(env.getConfig().getSerializerConfig());
    }

    /** Something the client does while the job runs (draining a collect sink). */
    @FunctionalInterface
    private interface WhileRunning {
        void run() throws Exception;
    }

    /** Submits the job and polls its progress until it ends and {@code whileRunning} returns. */
    private static JobExecutionResult submit(StreamExecutionEnvironment env, String jobName,
            long total, ProgressListener progress, WhileRunning whileRunning) throws Exception {
        JobClient client = env.executeAsync(jobName);
        try (AutoCloseable poller = ProgressPoller.start(client, total, progress)) {
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
