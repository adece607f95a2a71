package io.mapchunk.daemon;

import io.mapchunk.cli.Invocation;
import io.mapchunk.cli.MapchunkCli;
import io.mapchunk.cli.RunDirectory;
import io.mapchunk.daemon.client.Build;
import io.mapchunk.daemon.client.SocketDirectory;
import io.mapchunk.io.RemoteFiles;
import io.mapchunk.runtime.EmbeddedCluster;
import org.apache.flink.configuration.ConfigConstants;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.GlobalConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The warm runner's JVM ({@code bin/mapchunk} with {@code MAPCHUNK_DAEMON=runner}, started by
 * {@code mapchunk daemon start}): starts its mini-cluster, warms the kernels up on a small
 * generated genome, then listens on its socket and runs the clients' commands one at a time (a
 * command already uses every slot; a second client waits). It stops after {@code --idle-timeout}
 * without a client, on {@code daemon stop}, or when its build is replaced, removing its socket;
 * its launcher removes the run directory.
 */
public final class Runner {

    private static final Logger LOG = LoggerFactory.getLogger(Runner.class);
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);

    private final Path socket;
    private final Duration idleTimeout;
    private final String build = Build.stamp();
    private final Instant started = Instant.now();
    private final EmbeddedCluster cluster;
    /** Held by the command that runs; fair, so waiting clients go in arrival order. */
    final ReentrantLock commandLock = new ReentrantLock(true);
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger commands = new AtomicInteger();
    private volatile Instant lastActivity = Instant.now();
    private volatile boolean stopping;
    private volatile String stopReason = "";
    private ServerSocketChannel server;

    Runner(Path socket, Duration idleTimeout, EmbeddedCluster cluster) {
        this.socket = socket;
        this.idleTimeout = idleTimeout;
        this.cluster = cluster;
    }

    public static void main(String[] args) throws Exception {
        RunDirectory.claim();
        String confDir = System.getenv(ConfigConstants.ENV_FLINK_CONF_DIR);
        RemoteFiles.configure(confDir == null ? new Configuration()
                : GlobalConfiguration.loadConfiguration(confDir));
        Duration idle = DEFAULT_IDLE;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--idle-timeout") && i + 1 < args.length) {
                idle = parseDuration(args[++i]);
            } else {
                System.err.println("mapchunk daemon: unknown option " + args[i]);
                System.exit(2);
            }
        }
        Path socket = Path.of(Objects.requireNonNull(System.getProperty("mapchunk.daemon.socket"),
                "-Dmapchunk.daemon.socket"));
        Configuration configuration = EmbeddedCluster.configuration();
        RunDirectory.current().ifPresent(dir -> configuration.set(CoreOptions.TMP_DIRS, dir.toString()));
        EmbeddedCluster cluster = new EmbeddedCluster(configuration);
        int status;
        try {
            status = new Runner(socket, idle, cluster).serve();
        } finally {
            cluster.close();
        }
        System.exit(status);
    }

    /** {@code 90s}, {@code 30m}, {@code 3h}, or seconds. */
    static Duration parseDuration(String text) {
        String number = text.replaceAll("[smhd]$", "");
        long value = Long.parseLong(number);
        return switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(value);
            case 'h' -> Duration.ofHours(value);
            case 'd' -> Duration.ofDays(value);
            default -> Duration.ofSeconds(value);
        };
    }

    /** Warms up, listens until stopped; returns the exit code. */
    int serve() throws Exception {
        SocketDirectory.create(socket.getParent());
        cluster.start();
        warmUp();
        Files.deleteIfExists(socket); // the client removes a dead runner's; start checked for a live one
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::removeSocket, "mapchunk-runner-socket"));
        Thread watchdog = new Thread(this::watchIdle, "mapchunk-runner-idle");
        watchdog.setDaemon(true);
        watchdog.start();
        LOG.info("warm runner listening on {} (pid {}, build {}, idle timeout {})", socket,
                ProcessHandle.current().pid(), build, idleTimeout);
        try {
            while (!stopping) {
                SocketChannel client = server.accept();
                connections.incrementAndGet();
                Thread thread = new Thread(new RunnerConnection(this, client),
                        "mapchunk-runner-client-" + commands.get());
                thread.setDaemon(true);
                thread.start();
            }
        } catch (AsynchronousCloseException e) {
            // stop(): the socket was closed
        }
        // let a command that is running end before the cluster stops
        commandLock.lock();
        commandLock.unlock();
        LOG.info("warm runner stopped: {}", stopReason);
        return 0;
    }

    /** A few count and stats jobs on a generated genome, so that C2 compiles the kernels. */
    private void warmUp() throws Exception {
        Path dir = RunDirectory.current().orElse(Path.of(System.getProperty("java.io.tmpdir")));
        Path genome = dir.resolve("warm-up.fa");
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        Invocation quiet = new Invocation(null, nowhere, nowhere, false, cluster);
        long begin = System.nanoTime();
        quiet.run(() -> MapchunkCli.execute(new PrintWriter(nowhere), "generate", "--size", "8m",
                "-o", genome.toString()));
        for (int round = 0; round < 4; round++) {
            quiet.run(() -> MapchunkCli.execute(new PrintWriter(nowhere), "count", "--format", "json",
                    "--split-size", "1m", genome.toString()));
            quiet.run(() -> MapchunkCli.execute(new PrintWriter(nowhere), "stats",
                    "--split-size", "1m", genome.toString()));
        }
        Files.deleteIfExists(genome);
        LOG.info("warm-up took {} s", (System.nanoTime() - begin) / 1e9);
    }

    private void watchIdle() {
        while (!stopping) {
            try {
                Thread.sleep(Math.max(50, Math.min(1000, idleTimeout.toMillis() / 4)));
            } catch (InterruptedException e) {
                return;
            }
            if (connections.get() == 0 && lastActivity.plus(idleTimeout).isBefore(Instant.now())) {
                stop("idle for " + idleTimeout);
            }
            if (!build.equals(Build.stamp()) && !commandLock.isLocked()) {
                stop("its build was replaced");
            }
        }
    }

    /** Stops listening (a command running ends first); idempotent. */
    synchronized void stop(String reason) {
        if (stopping) {
            return;
        }
        stopping = true;
        stopReason = reason;
        removeSocket();
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("closing the runner's socket failed", e);
        }
    }

    private void removeSocket() {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("removing {} failed", socket, e);
        }
        try {
            Files.deleteIfExists(socket.getParent()); // only when empty: no other checkout's runner
        } catch (IOException e) {
            // another runner's socket is in it
        }
    }

    void connectionEnded() {
        lastActivity = Instant.now();
        connections.decrementAndGet();
    }

    int commandStarted() {
        return commands.incrementAndGet();
    }

    EmbeddedCluster cluster() {
        return cluster;
    }

    String build() {
        return build;
    }

    /** What {@code daemon status} prints. */
    String status(boolean compatible) {
        return "warm runner: pid " + ProcessHandle.current().pid()
                + "\nsocket: " + socket
                + "\nbuild: " + build + (compatible ? "" : " (not the client's build or options)")
                + "\nup: " + Duration.between(started, Instant.now()).toSeconds() + " s"
                + "\ncommands: " + commands.get() + (commandLock.isLocked() ? " (one running)" : "")
                + "\nidle timeout: " + idleTimeout.toSeconds() + " s\n";
    }
}
