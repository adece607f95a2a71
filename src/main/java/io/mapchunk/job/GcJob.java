package io.mapchunk.job;

import io.mapchunk.analysis.gc.BinCounter;
import io.mapchunk.analysis.gc.BinRun;
import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.format.FastaIndex;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Windowed base composition: chunks are counted into bins where they are read ({@link BinCounter},
 * chained to the source, base positions from the {@code .fai}), and the bin runs are added into a
 * {@link GcTable} in the client. Partial bins at chunk and split edges need no shuffle: addition
 * commutes, and the table has a slot for every bin.
 */
public final class GcJob {

    /** The filled table and the run's figures. */
    public record Result(GcTable table, RunFigures figures) {}

    private GcJob() {}

    public static Result run(StreamExecutionEnvironment env, JobSettings settings, FastaIndex index,
            WindowSpec spec, ProgressListener progress) throws Exception {
        GcTable table = new GcTable(index, spec);
        JobRunner.Streamed run = JobRunner.<BinRun>stream(env, settings,
                "mapchunk gc " + settings.input().getFileName(),
                (chunks, file) -> chunks
                        .flatMap(new BinCounter(file.path(), index, spec.binSize()))
                        .name("count bins")
                        .uid("count-bins"),
                progress, table::add);
        table.requireComplete(run.file().path());
        return new Result(table, run.figures());
    }
}
