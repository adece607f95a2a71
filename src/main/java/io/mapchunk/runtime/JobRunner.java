package io.mapchunk.runtime;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.PassRecord;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.split.SplitPlanner;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Pass} over the chunks of one file and brings its results to the client. The
 * chunks pass a {@link ProgressTap} first, and while the job runs its accumulator is polled for a
 * {@link ProgressListener}: every pass reports progress the same way.
 *
 * <p>A pass' records normally come with the job's own result ({@link ResultGatherer}): one stage,
 * and a finished job has every subtask's records. A pass with a {@linkplain Pass#streamed()
 * streamed} analysis pulls them through Flink's collect sink as they are made instead, for results
 * too large to hold twice.
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
        JobExecutionResult execution;
        if (pass.streamed()) {
            CloseableIterator<PassRecord> stream = records.collectAsync();
            execution = execute(env, jobName, prepared.file(), progress, () -> {
                try (stream) {
                    stream.forEachRemaining(results::accept);
                }
            });
        } else {
            TypeSerializer<PassRecord> serializer =
                    records.getType().createSerializer(env.getConfig().getSerializerConfig());
            records.transform("gather results", Types.VOID,
                    new ResultGatherer<>(RESULTS, serializer)).name("gather results");
            execution = execute(env, jobName, prepared.file(), progress, () -> {});
            ArrayList<byte[]> raw = execution.getAccumulatorResult(RESULTS);
            if (raw != null) {
                DeflatedRecords.read(raw, serializer, results::accept);
            }
        }
        return new Scanned(prepared.file(), results,
                figures(env, prepared.file(), started, execution));
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
