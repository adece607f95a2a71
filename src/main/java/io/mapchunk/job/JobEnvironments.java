package io.mapchunk.job;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Puts an execution environment in the mode every mapchunk job runs in. */
public final class JobEnvironments {

    private JobEnvironments() {}

    /**
     * Settings for the embedded mini-cluster of {@code bin/mapchunk}: network and batch-shuffle
     * read buffers sized for mapchunk's small shuffles (a few records per split) instead of 64 MiB
     * each, so a run fits in {@code -Xmx128m} (direct memory defaults to the heap size) and starts
     * faster. Ignored by session clusters, which have their own memory settings.
     */
    public static Configuration embeddedConfiguration() {
        Configuration configuration = new Configuration();
        configuration.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.parse("16m"));
        configuration.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.parse("16m"));
        configuration.set(TaskManagerOptions.NETWORK_BATCH_SHUFFLE_READ_MEMORY, MemorySize.parse("8m"));
        return configuration;
    }

    /** Batch mode, object reuse (chunks are immutable views), and the requested parallelism. */
    public static void prepare(StreamExecutionEnvironment env, JobSettings settings) {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        env.getConfig().enableObjectReuse();
        if (settings.parallelism() > 0) {
            env.setParallelism(settings.parallelism());
        }
    }
}
