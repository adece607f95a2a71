package io.mapchunk.job;

import io.mapchunk.analysis.count.ChunkCounter;
import io.mapchunk.analysis.count.CountAssembler;
import io.mapchunk.analysis.count.PartCount;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The base-count job: chunks are counted where they are read (chained to the source), and the few
 * per-part counts come back with the job's result, where the client resolves them into records.
 * One stage: nothing is shuffled.
 */
public final class CountJob {

    private CountJob() {}

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings)
            throws Exception {
        return run(env, settings, ProgressListener.NONE);
    }

    public static CountResult run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        JobRunner.Gathered<PartCount> run = JobRunner.gather(env, settings,
                "mapchunk count " + settings.input().getFileName(),
                (chunks, file) -> chunks.flatMap(new ChunkCounter()).name("count chunks")
                        .uid("count-chunks"),
                progress);
        return new CountResult(run.file().path(),
                CountAssembler.assemble(run.records(), run.splits(), run.file().path()),
                run.figures());
    }
}
