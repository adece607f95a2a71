package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.index.IndexAnalysis;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.SequenceFormat;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.Optional;

/**
 * Builds a file's {@link FastaIndex} in one parallel pass of {@link IndexAnalysis}, or finds the
 * one a job needs ({@link #obtain}) without a pass when it can.
 */
public final class IndexJob {

    /** An index and whether this run built it (and so may write it beside the input). */
    public record Obtained(FastaIndex index, boolean built) {}

    private IndexJob() {}

    /**
     * The index its format gives without a pass ({@link SequenceFormat#indexWithoutPass}: a
     * {@code .2bit}'s own, a checked {@code INPUT.fai}, a raw file's from its size), else one built
     * by a pass.
     */
    public static Obtained obtain(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        JobSettings inspected = settings.inspect();
        Optional<FastaIndex> known = inspected.file().format().indexWithoutPass(inspected.file());
        return known.isPresent() ? new Obtained(known.get(), false)
                : new Obtained(run(env, inspected, progress), true);
    }

    public static FastaIndex run(StreamExecutionEnvironment env, JobSettings settings)
            throws Exception {
        return run(env, settings, ProgressListener.NONE);
    }

    /** Builds the index by a pass; refuses a format that carries its own. */
    public static FastaIndex run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        JobSettings inspected = settings.inspect();
        inspected.file().format().checkIndexPass(inspected.file());
        IndexAnalysis index = new IndexAnalysis();
        return JobRunner.run(env, inspected, "mapchunk index " + settings.input().fileName(),
                Pass.of(index), progress).results().get(index);
    }
}
