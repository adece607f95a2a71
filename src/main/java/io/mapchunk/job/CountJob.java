package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.count.DinucleotideAnalysis;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;


/**
 * The base-count job: one pass of {@link CountAnalysis}, plus {@link DinucleotideAnalysis} when
 * asked for. Chunks are counted where they are read; nothing is shuffled.
 */
public final class CountJob {

    private CountJob() {}

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings)
            throws Exception {
        return run(env, settings, ProgressListener.NONE, false);
    }

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress, boolean dinucleotides) throws Exception {
        CountAnalysis counts = new CountAnalysis();
        DinucleotideAnalysis pairs = dinucleotides ? new DinucleotideAnalysis() : null;
        JobRunner.Scanned run = JobRunner.run(env, settings,
                "mapchunk count " + settings.input().fileName(),
                pairs == null ? Pass.of(counts) : Pass.of(counts, pairs), progress);
        return new CountResult(run.file().path(), run.results().get(counts),
                pairs == null ? null : run.results().get(pairs), run.figures());
    }
}
