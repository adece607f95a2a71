package io.mapchunk.job;

import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.count.DinucleotideAnalysis;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.ArrayList;
import java.util.List;

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
        DinucleotideAnalysis pairs = new DinucleotideAnalysis();
        List<ChunkAnalysis<?, ?>> analyses = new ArrayList<>(List.of(counts));
        if (dinucleotides) {
            analyses.add(pairs);
        }
        JobRunner.Scanned run = JobRunner.run(env, settings,
                "mapchunk count " + settings.input().getFileName(), Pass.of(analyses), progress);
        return new CountResult(run.file().path(), run.results().get(counts),
                dinucleotides ? run.results().get(pairs) : null, run.figures());
    }
}
