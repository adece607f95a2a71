package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.index.IndexAnalysis;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.IndexBeside;
import io.mapchunk.format.RawIndex;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.SequenceFileKind;
import io.mapchunk.format.TwoBitFile;
import io.mapchunk.io.InputFileException;
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
     * For a .2bit, the index of its logical text ({@link TwoBitFile#index()}); else the checked
     * {@code INPUT.fai} when there is one; else, for a raw file, the index its size and first line
     * give; else one built by a pass.
     */
    public static Obtained obtain(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        SequenceFile inspected = SequenceFile.inspect(settings.input());
        if (inspected.kind() == SequenceFileKind.TWO_BIT) {
            return new Obtained(TwoBitFile.read(settings.input().localPath(), inspected.size(), false).index(),
                    false);
        }
        Optional<FastaIndex> existing = IndexBeside.read(settings.input());
        if (existing.isPresent()) {
            return new Obtained(existing.get(), false);
        }
        SequenceFile file = SequenceFile.inspect(settings.input());
        Optional<FastaIndex> raw = file.kind() == SequenceFileKind.RAW ? RawIndex.of(file)
                : Optional.empty();
        return new Obtained(raw.isPresent() ? raw.get() : run(env, settings, progress), true);
    }

    public static FastaIndex run(StreamExecutionEnvironment env, JobSettings settings)
            throws Exception {
        return run(env, settings, ProgressListener.NONE);
    }

    /** Builds the index by a pass; refuses a .2bit, which carries its own. */
    public static FastaIndex run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        if (SequenceFile.inspect(settings.input()).kind() == SequenceFileKind.TWO_BIT) {
            throw new InputFileException(settings.input() + ": a .2bit file carries its own index;"
                    + " there is no .fai to build (count, gc, sample and report read it directly)");
        }
        IndexAnalysis index = new IndexAnalysis();
        return JobRunner.run(env, settings, "mapchunk index " + settings.input().fileName(),
                Pass.of(index), progress).results().get(index);
    }
}
