package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.gc.GcAnalysis;
import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import io.mapchunk.runtime.RunFigures;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Windowed base composition in one pass of {@link GcAnalysis}. */
public final class GcJob {

    /** The filled table and the run's figures. */
    public record Result(GcTable table, RunFigures figures) {}

    private GcJob() {}

    public static Result run(StreamExecutionEnvironment env, JobSettings settings, FastaIndex index,
            WindowSpec spec, ProgressListener progress) throws Exception {
        GcAnalysis gc = new GcAnalysis(index, spec);
        JobRunner.Scanned run = JobRunner.run(env, settings,
                "mapchunk gc " + settings.input().fileName(), Pass.of(gc), progress);
        return new Result(run.results().get(gc), run.figures());
    }
}
