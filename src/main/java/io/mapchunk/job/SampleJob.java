package io.mapchunk.job;

import io.mapchunk.analysis.sample.GenomeSpace;
import io.mapchunk.analysis.sample.RowFormat;
import io.mapchunk.analysis.sample.SamplePlanner;
import io.mapchunk.analysis.sample.SampleRequest;
import io.mapchunk.analysis.sample.SampleUnit;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import io.mapchunk.runtime.WorkUnits;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.List;

/**
 * Random windows without a full pass: the client plans units of work ({@link SamplePlanner}), and
 * {@link JobRunner} spreads them over the subtasks; each subtask maps only the pages its draws
 * fall on and writes the rows itself into row files ({@link SampleRowFiles}); only small records
 * naming the pieces come back. With {@code --exclude-n} a first job streams back the (start, key)
 * pairs of the windows without N so the planner can set each unit's cutoff. Progress counts the
 * bases of the windows drawn.
 */
public final class SampleJob {

    private SampleJob() {}

    /** What a sample produced: its rows in row files, and the sequences too short to sample. */
    public record Output(SampleRowFiles rows, List<String> skipped) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            rows.close();
        }
    }

    /** Runs the sample without reporting progress. */
    public static Output run(StreamExecutionEnvironment env, JobSettings settings, FastaIndex index,
            SampleRequest request, RowFormat format) throws Exception {
        return run(env, settings, index, request, format, ProgressListener.NONE);
    }

    /** Runs the sample; the caller writes {@link Output#rows()} out and closes it. */
    public static Output run(StreamExecutionEnvironment env, JobSettings settings, FastaIndex index,
            SampleRequest request, RowFormat format, ProgressListener progress) throws Exception {
        GenomeSpace space = new GenomeSpace(index, request.length());
        SequenceFile file = settings.file();
        SamplePlanner.Plan plan = SamplePlanner.plan(space, request,
                (units, hits) -> JobRunner.run(env, settings, "mapchunk sample (windows without N)",
                        draws(units, space), new UnitKeysFunction(file, space), hits, progress));
        SampleRowFiles rows = SampleRowFiles.create();
        try {
            JobRunner.run(env, settings, "mapchunk sample", draws(plan.units(), space),
                    new UnitRowsFunction(file, space, request.excludeN(), format, rows.target()),
                    rows::add, progress);
            return new Output(rows, plan.skipped());
        } catch (Exception | Error e) {
            rows.close();
            throw e;
        }
    }

    /** The units, each weighing the bases of the windows it draws. */
    private static WorkUnits<SampleUnit> draws(List<SampleUnit> units, GenomeSpace space) {
        return WorkUnits.of(SampleUnit.class, units,
                unit -> unit.draws() * space.windowLength());
    }
}
