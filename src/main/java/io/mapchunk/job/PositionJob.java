package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.reads.PositionAnalysis;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** {@code count --per-position}: one pass of {@link PositionAnalysis} over a FASTQ file. */
public final class PositionJob {

    private PositionJob() {}

    public static PositionResult run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        PositionAnalysis positions = new PositionAnalysis();
        JobRunner.Scanned run = JobRunner.run(env, settings,
                "mapchunk count --per-position " + settings.input().fileName(),
                Pass.of(positions), progress);
        return new PositionResult(run.file().path(), run.results().get(positions), run.figures());
    }
}
