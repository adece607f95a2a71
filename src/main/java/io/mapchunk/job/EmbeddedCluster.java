package io.mapchunk.job;

import org.apache.flink.configuration.Configuration;

import java.util.Map;

/**
 * Configuration of the embedded mini-cluster that {@code bin/mapchunk} runs jobs in. mapchunk's
 * jobs exchange only a few small records, so Flink's default network and batch-shuffle buffers
 * (64 MiB each, direct memory) are cut down: with {@code -Xmx128m} the JVM's default direct-memory
 * cap equals the heap, and the defaults alone would exceed it. Task managers report accumulators
 * (the progress counter) with their heartbeats, so those come every half second instead of ten.
 */
public final class EmbeddedCluster {

    private static final Map<String, String> SETTINGS = Map.of(
            "taskmanager.memory.network.min", "16m",
            "taskmanager.memory.network.max", "16m",
            "taskmanager.memory.framework.off-heap.batch-shuffle.size", "16m",
            "taskmanager.network.sort-shuffle.min-buffers", "64",
            "taskmanager.memory.managed.size", "32m",
            "heartbeat.interval", "500");

    private EmbeddedCluster() {}

    public static Configuration configuration() {
        return Configuration.fromMap(SETTINGS);
    }
}
