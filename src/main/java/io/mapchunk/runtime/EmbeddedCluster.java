package io.mapchunk.runtime;

import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.client.deployment.executors.PipelineExecutorUtils;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.PipelineExecutor;
import org.apache.flink.core.execution.PipelineExecutorFactory;
import org.apache.flink.core.execution.PipelineExecutorServiceLoader;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.runtime.minicluster.MiniClusterJobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The Flink mini-cluster that {@code bin/mapchunk} runs its jobs in: started with the run's first
 * job, shared by all its jobs (an index pass and then a sample, or a count and then gc windows),
 * and closed, with everything it made, when the run ends. Flink's own local environment starts a
 * mini-cluster per job instead and leaves its shutdown running when the job's result is in.
 *
 * <p>mapchunk's jobs exchange only a few small records, so Flink's default network and
 * batch-shuffle buffers (64 MiB each, direct memory) are cut down: with {@code -Xmx128m} the JVM's
 * default direct-memory cap equals the heap, and the defaults alone would exceed it. Task managers
 * report accumulators (the progress counter) with their heartbeats, so those come every half
 * second instead of ten. A job's slots are asked for and matched at once, not after the 20 ms and
 * 50 ms that Flink waits to batch the requests of many jobs (a third of a warm runner's job on a
 * small genome). Every listener binds to loopback, as the session cluster's do
 * ({@code conf/config.yaml}): the blob server binds to {@code jobmanager.bind-host}, which is the
 * wildcard address unless set, and Flink's RPC and REST have no authentication.
 */
public final class EmbeddedCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCluster.class);

    private static final String EXECUTOR = "mapchunk-embedded";
    private static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("taskmanager.memory.network.min", "16m"),
            Map.entry("taskmanager.memory.network.max", "16m"),
            Map.entry("taskmanager.memory.framework.off-heap.batch-shuffle.size", "16m"),
            Map.entry("taskmanager.network.sort-shuffle.min-buffers", "64"),
            Map.entry("taskmanager.memory.managed.size", "32m"),
            Map.entry("heartbeat.interval", "500"),
            Map.entry("slotmanager.requirement-check.delay", "1 ms"),
            Map.entry("slot.request.max-interval", "1 ms"),
            Map.entry("jobmanager.bind-host", "127.0.0.1"),
            Map.entry("jobmanager.rpc.address", "127.0.0.1"),
            Map.entry("taskmanager.bind-host", "127.0.0.1"),
            Map.entry("taskmanager.host", "127.0.0.1"),
            Map.entry("rest.bind-address", "127.0.0.1"),
            Map.entry("rest.address", "127.0.0.1"),
            Map.entry("rest.bind-port", "0"),
            // in-process jobs use this JVM's own credentials: fetching Hadoop/HBase delegation
            // tokens for them cost 0.23 s of every cold start (UGI and native-library loading)
            Map.entry("security.delegation.tokens.enabled", "false"));

    private final Configuration configuration;
    private MiniCluster cluster;
    private int slots;
    private boolean closed;

    /** A cluster with the embedded {@link #configuration()}, not yet started. */
    public EmbeddedCluster() {
        this(configuration());
    }

    /**
     * A cluster with {@code settings} (the embedded ones and more), not yet started: the first job
     * starts it, with as many slots as that job needs.
     */
    public EmbeddedCluster(Configuration settings) {
        this.configuration = new Configuration(settings);
        configuration.set(DeploymentOptions.TARGET, EXECUTOR);
        configuration.set(CoreOptions.DEFAULT_PARALLELISM, Runtime.getRuntime().availableProcessors());
    }

    /** The embedded settings alone (memory, heartbeats, loopback), for Flink's own environments. */
    public static Configuration configuration() {
        return Configuration.fromMap(SETTINGS);
    }

    /** An environment whose jobs run on this cluster. */
    public StreamExecutionEnvironment environment() {
        return new StreamExecutionEnvironment(new Executors(), configuration,
                EmbeddedCluster.class.getClassLoader());
    }

    private synchronized MiniCluster started(int parallelism) throws Exception {
        if (closed) {
            throw new IllegalStateException("the embedded cluster was closed");
        }
        if (cluster != null && parallelism > slots) {
            // a warm runner's cluster, started for fewer slots than this job asks for
            stop();
        }
        if (cluster == null) {
            slots = Math.max(parallelism, Runtime.getRuntime().availableProcessors());
            Configuration settings = new Configuration(configuration);
            settings.set(TaskManagerOptions.NUM_TASK_SLOTS, slots);
            MiniCluster starting = new MiniCluster(new MiniClusterConfiguration.Builder()
                    .setConfiguration(settings)
                    .setNumTaskManagers(1)
                    .setNumSlotsPerTaskManager(slots)
                    .build());
            starting.start();
            cluster = starting;
        }
        return cluster;
    }

    private CompletableFuture<JobClient> submit(Pipeline pipeline, Configuration jobConfiguration,
            ClassLoader classLoader) throws Exception {
        StreamGraph graph = PipelineExecutorUtils.getStreamGraph(pipeline, jobConfiguration);
        graph.serializeUserDefinedInstances();
        MiniCluster running = started(graph.getMaximumParallelism());
        return running.submitJob(graph).thenApply(submitted -> new MiniClusterJobClient(
                submitted.getJobID(), running, classLoader,
                MiniClusterJobClient.JobFinalizationBehavior.NOTHING));
    }

    /** Starts the cluster now, with a slot per core, rather than with the first job. */
    public void start() throws Exception {
        started(1);
    }

    /**
     * Starts the cluster, with a slot per core, on a background thread, so that a command can plan
     * its first job meanwhile (a cold start spends ~1 s here). A start that fails is only logged:
     * the first job starts the cluster again and fails with the reason. {@link #close()} waits for
     * a start under way.
     */
    public void startInBackground() {
        Thread starter = new Thread(() -> {
            try {
                started(1);
            } catch (Exception e) {
                LOG.debug("starting the embedded cluster ahead of the first job failed", e);
            }
        }, "mapchunk-cluster-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Cancels every job that has not ended and waits until they have (the warm runner, when its
     * client is interrupted); a no-op before the cluster started.
     */
    public void cancelJobs() throws Exception {
        MiniCluster running;
        synchronized (this) {
            running = cluster;
        }
        if (running == null) {
            return;
        }
        for (JobStatusMessage job : running.listJobs().get()) {
            if (!job.getJobState().isGloballyTerminalState()) {
                running.cancelJob(job.getJobId()).exceptionally(failure -> null).get();
            }
        }
    }

    /** Stops the cluster, if it was started (or is starting), and waits until it has. */
    @Override
    public synchronized void close() throws Exception {
        closed = true;
        stop();
    }

    private synchronized void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    /** Hands every pipeline of {@link #environment()} to {@link #submit}. */
    private final class Executors implements PipelineExecutorServiceLoader, PipelineExecutorFactory,
            PipelineExecutor {

        @Override
        public PipelineExecutorFactory getExecutorFactory(Configuration ignored) {
            return this;
        }

        @Override
        public Stream<String> getExecutorNames() {
            return Stream.of(EXECUTOR);
        }

        @Override
        public String getName() {
            return EXECUTOR;
        }

        @Override
        public boolean isCompatibleWith(Configuration config) {
            return EXECUTOR.equals(config.get(DeploymentOptions.TARGET));
        }

        @Override
        public PipelineExecutor getExecutor(Configuration ignored) {
            return this;
        }

        @Override
        public CompletableFuture<JobClient> execute(Pipeline pipeline, Configuration config,
                ClassLoader classLoader) throws Exception {
            return submit(pipeline, config, classLoader);
        }
    }
}
