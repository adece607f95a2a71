package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;


/**
 * The base-count job: one pass of {@link CountAnalysis}, with dinucleotides when asked for (in
 * the same sweep of the bytes). Chunks are counted where they are read; nothing is shuffled.
 */
public final class CountJob {

    private CountJob() {}

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings)
            throws Exception {
        return run(env, settings, ProgressListener.NONE, false);
    }

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress, boolean dinucleotides) throws Exception {
        CountAnalysis counts = dinucleotides ? CountAnalysis.withDinucleotides()
                : CountAnalysis.bases();
        JobRunner.Scanned run = JobRunner.run(env, settings,
                "mapchunk count " + settings.input().fileName(), Pass.of(counts), progress);
        return new CountResult(run.file().path(), run.results().get(counts), dinucleotides,
                run.figures());
    }
}
