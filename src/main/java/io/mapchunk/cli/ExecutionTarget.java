package io.mapchunk.cli;

import io.mapchunk.runtime.EmbeddedCluster;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Chooses where a run's jobs run: the session cluster under {@code flink run}, a remote session
 * cluster named with {@code --cluster host:port} (to which this JAR is shipped), or else the run's
 * own {@link EmbeddedCluster}, which {@link #close()} stops. An embedded cluster keeps its
 * temporary files in the run's {@link RunDirectory}.
 */
final class ExecutionTarget implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionTarget.class);

    /**
     * Subtasks per core an embedded run may have: more only time-slice the same cores, and each
     * costs a slot, its buffers and its own warm-up (a 48 kB count at {@code -p 1000} took 48 s).
     */
    static final int SUBTASKS_PER_CORE = 2;

    private EmbeddedCluster embedded;
    private boolean startedAhead;

    /**
     * The most subtasks a job may have: bounded by the cores for the run's own embedded cluster,
     * unbounded on a session cluster, whose slots are its own to give or refuse.
     */
    int mostSubtasks(String cluster) {
        boolean embeddedRun = cluster == null && StreamExecutionEnvironment.getExecutionEnvironment(
                EmbeddedCluster.configuration()) instanceof LocalStreamEnvironment;
        return embeddedRun ? SUBTASKS_PER_CORE * Runtime.getRuntime().availableProcessors()
                : Integer.MAX_VALUE;
    }

    StreamExecutionEnvironment environment(String cluster) {
        if (cluster == null) {
            StreamExecutionEnvironment given =
                    StreamExecutionEnvironment.getExecutionEnvironment(EmbeddedCluster.configuration());
            if (!(given instanceof LocalStreamEnvironment)) {
                return given;
            }
            Optional<EmbeddedCluster> shared = Invocation.current().sharedCluster();
            if (shared.isPresent()) {
                return shared.get().environment();
            }
            if (embedded == null) {
                Configuration configuration = EmbeddedCluster.configuration();
                RunDirectory.current().ifPresent(
                        dir -> configuration.set(CoreOptions.TMP_DIRS, dir.toString()));
                embedded = new EmbeddedCluster(configuration);
            }
            return embedded.environment();
        }
        int colon = cluster.lastIndexOf(':');
        if (colon <= 0) {
            throw new UsageException("--cluster wants HOST:PORT, got '" + cluster + "'");
        }
        String host = cluster.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(cluster.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new UsageException("--cluster wants HOST:PORT, got '" + cluster + "'");
        }
        return StreamExecutionEnvironment.createRemoteEnvironment(host, port, jobJar());
    }

    /**
     * Starts the run's own embedded cluster on a background thread, once, when jobs will run on
     * one: called when the first input has been inspected, so the cluster comes up while the
     * command plans its job (a cold lambda count spent ~1 s starting it after planning), and a
     * bad input is refused without starting one.
     */
    void startAhead(String cluster) {
        if (startedAhead || cluster != null) {
            return;
        }
        startedAhead = true;
        environment(cluster);
        if (embedded != null) {
            embedded.startInBackground();
        }
    }

    /** Stops the embedded cluster, if one was started; failures to stop are logged. */
    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                LOG.warn("stopping the embedded Flink cluster failed", e);
            }
            embedded = null;
        }
    }

    private static String jobJar() {
        try {
            Path location = Path.of(ExecutionTarget.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location.toString();
            }
            Path built = location.getParent().resolve("mapchunk.jar");
            if (Files.isRegularFile(built)) {
                return built.toString();
            }
            throw new UsageException("--cluster needs the job JAR; run 'mvn package' first");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
