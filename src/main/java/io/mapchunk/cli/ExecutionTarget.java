package io.mapchunk.cli;

import io.mapchunk.job.EmbeddedCluster;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chooses where a job runs: the environment Flink gives (an embedded mini-cluster from
 * {@code bin/mapchunk}, the session cluster under {@code flink run}), or a remote session cluster
 * named with {@code --cluster host:port}, to which this JAR is shipped. An embedded cluster keeps
 * its temporary files in the run's {@link RunDirectory}.
 */
final class ExecutionTarget {

    private ExecutionTarget() {}

    static StreamExecutionEnvironment environment(String cluster) {
        if (cluster == null) {
            Configuration configuration = EmbeddedCluster.configuration();
            RunDirectory.current().ifPresent(
                    dir -> configuration.set(CoreOptions.TMP_DIRS, dir.toString()));
            return StreamExecutionEnvironment.getExecutionEnvironment(configuration);
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
