package io.mapchunk.job;

import io.mapchunk.analysis.count.SequenceCount;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the base-count pipeline on an execution environment and collects its result. */
public final class CountJob {

    private CountJob() {}

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings)
            throws Exception {
        return run(env, settings, ProgressListener.NONE);
    }

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        JobRunner.Collected<SequenceCount> run = JobRunner.collect(env, settings,
                "mapchunk count " + settings.input().getFileName(),
                (chunks, file) -> CountPipeline.build(chunks, file.path()), progress);
        List<SequenceCount> records = new ArrayList<>(run.records());
        records.sort(Comparator.comparingLong(SequenceCount::ordinal));
        return new CountResult(run.file().path(), records, run.figures());
    }
}
