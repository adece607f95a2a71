package io.mapchunk.runtime;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Puts an execution environment in the mode every mapchunk job runs in. */
public final class JobEnvironments {

    private JobEnvironments() {}

    /** Batch mode, object reuse (chunks are immutable views), and the requested parallelism. */
    public static void prepare(StreamExecutionEnvironment env, JobSettings settings) {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        env.getConfig().enableObjectReuse();
        if (settings.parallelism() > 0) {
            env.setParallelism(settings.parallelism());
        }
    }
}
