package io.mapchunk.job;

import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.source.MappedGenomeSource;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the base-count pipeline on an execution environment and collects its result. */
public final class CountJob {

    private CountJob() {}

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings)
            throws Exception {
        long started = System.nanoTime();
        MappedGenomeSource source = settings.source();
        JobEnvironments.prepare(env, settings);
        CloseableIterator<SequenceCount> results = CountPipeline.build(
                        env.fromSource(source, WatermarkStrategy.noWatermarks(), "mapped genome"),
                        source.file().path())
                .collectAsync();
        JobClient client = env.executeAsync("mapchunk count " + settings.input().getFileName());
        List<SequenceCount> records = new ArrayList<>();
        try (results) {
            results.forEachRemaining(records::add);
        }
        JobExecutionResult execution = client.getJobExecutionResult().get();
        records.sort(Comparator.comparingLong(SequenceCount::ordinal));
        double wall = (System.nanoTime() - started) / 1e9;
        RunFigures figures = new RunFigures(source.file().size(), env.getParallelism(), wall,
                execution.getNetRuntime(TimeUnit.MILLISECONDS) / 1e3);
        return new CountResult(source.file().path(), records, figures);
    }
}
