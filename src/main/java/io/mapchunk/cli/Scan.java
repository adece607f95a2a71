package io.mapchunk.cli;

import io.mapchunk.io.InputLocation;
import io.mapchunk.job.IndexJob;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * One input of a {@link ScanCommand} as its pass sees it: where its jobs run, its settings (made
 * once from the job options, with the input inspected once, when a job first needs it: every job
 * of the pass uses that one {@link io.mapchunk.format.SequenceFile}), its progress lines and its
 * index.
 */
final class Scan {

    private final MapchunkCli parent;
    private final JobOptions options;
    private final InputLocation input;
    private final int ordinal;
    /** The settings, with the input inspected on first use (after {@code index} writes a .gzi). */
    private JobSettings settings;

    Scan(MapchunkCli parent, JobOptions options, InputLocation input, int ordinal) {
        this.parent = parent;
        this.options = options;
        this.input = input;
        this.ordinal = ordinal;
        this.settings = options.settings(input);
    }

    InputLocation input() {
        return input;
    }

    /** Which of the command's inputs this is, from 0. */
    int ordinal() {
        return ordinal;
    }

    StreamExecutionEnvironment environment() {
        return parent.environment();
    }

    /** The settings, the input inspected; once it passes, the run's cluster starts coming up. */
    JobSettings settings() {
        settings = settings.inspect();
        parent.startClusterAhead();
        return settings;
    }

    /** The progress line of a job of {@code command} ("count", "index", ...) over this input. */
    ProgressListener progress(String command) {
        return options.progress(command + " " + input.fileName());
    }

    /** The input's index: its {@code .fai} (or own index) when it has one, else built by a job. */
    IndexJob.Obtained index() throws Exception {
        return IndexJob.obtain(environment(), settings(), progress("index"));
    }
}
