package io.mapchunk.job;

import io.mapchunk.runtime.JobEnvironments;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.analysis.sample.GenomeSpace;
import io.mapchunk.analysis.sample.RowFormat;
import io.mapchunk.analysis.sample.SampleHits;
import io.mapchunk.analysis.sample.SamplePiece;
import io.mapchunk.analysis.sample.SamplePlanner;
import io.mapchunk.analysis.sample.SampleRequest;
import io.mapchunk.analysis.sample.SampleUnit;
import io.mapchunk.analysis.sample.UnitKeys;
import io.mapchunk.analysis.sample.UnitRows;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.SequenceFile;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.util.List;
import java.util.function.Consumer;

/**
 * Random windows without a full pass: the client plans units of work ({@link SamplePlanner}), the
 * units are spread over the subtasks, and each subtask maps only the pages its draws fall on and
 * writes the rows itself into part files ({@link SampleParts}); only small records naming the
 * pieces come back through the collect sink. With {@code --exclude-n} a first job gathers the
 * (start, key) pairs of the windows without N so the planner can set each unit's cutoff.
 */
public final class SampleJob {

    private SampleJob() {}

    /** What a sample produced: its rows in part files, and the sequences too short to sample. */
    public record Output(SampleParts parts, List<String> skipped) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            parts.close();
        }
    }

    /** Runs the sample; the caller writes {@link Output#parts()} out and closes it. */
    public static Output run(StreamExecutionEnvironment env, JobSettings settings, FastaIndex index,
            SampleRequest request, RowFormat format) throws Exception {
        JobEnvironments.prepare(env, settings);
        GenomeSpace space = new GenomeSpace(index, request.length());
        SequenceFile file = settings.file();
        SamplePlanner.Plan plan = SamplePlanner.plan(space, request,
                (units, hits) -> drawKeys(env, file, space, units, hits));
        SampleParts parts = SampleParts.create();
        try {
            if (!plan.units().isEmpty()) {
                DataStream<SamplePiece> pieces = units(env, plan.units())
                        .flatMap(new UnitRows(file, space, request.excludeN(), format, parts.target()))
                        .name("draw and write windows")
                        .setParallelism(parallelism(env, plan.units()));
                collect(env, pieces, parts::add, "mapchunk sample");
            }
            return new Output(parts, plan.skipped());
        } catch (Exception | Error e) {
            parts.close();
            throw e;
        }
    }

    private static void drawKeys(StreamExecutionEnvironment env, SequenceFile file,
            GenomeSpace space, List<SampleUnit> units, Consumer<SampleHits> hits) throws Exception {
        if (units.isEmpty()) {
            return;
        }
        DataStream<SampleHits> keys = units(env, units).flatMap(new UnitKeys(file, space))
                .name("draw windows without N")
                .setParallelism(parallelism(env, units));
        collect(env, keys, hits, "mapchunk sample (windows without N)");
    }

    /**
     * Every slot the environment offers (at most one per unit): a batch job's adaptive scheduler
     * would size the drawing operator by the bytes of its input, a few kB of units, and run it on
     * one subtask whatever the number of draws.
     */
    private static int parallelism(StreamExecutionEnvironment env, List<SampleUnit> units) {
        int available = env.getParallelism() > 0 ? env.getParallelism()
                : Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(available, units.size()));
    }

    /**
     * The units as a parallel stream: unit numbers from a splittable sequence source, each looked
     * up in the list (shipped with the job), so drawing chains to the source and the job has no
     * exchange before the draws.
     */
    private static DataStream<SampleUnit> units(StreamExecutionEnvironment env,
            List<SampleUnit> units) {
        SampleUnit[] all = units.toArray(SampleUnit[]::new);
        return env.fromSequence(0, all.length - 1)
                .name("sample units")
                .setParallelism(parallelism(env, units))
                .map(i -> all[(int) (long) i], TypeInformation.of(SampleUnit.class))
                .name("unit")
                .setParallelism(parallelism(env, units));
    }

    private static <T> void collect(StreamExecutionEnvironment env, DataStream<T> stream,
            Consumer<T> sink, String name) throws Exception {
        CloseableIterator<T> results = stream.collectAsync();
        JobClient client = env.executeAsync(name);
        try (results) {
            results.forEachRemaining(sink);
        }
        client.getJobExecutionResult().get();
    }
}
