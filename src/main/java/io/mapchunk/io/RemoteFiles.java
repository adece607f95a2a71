package io.mapchunk.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.BlockLocation;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.plugin.PluginManager;

/**
 * The one door to files on non-local file systems: Flink's {@link FileSystem} for a location's
 * scheme (HDFS through {@code flink-hadoop-fs} and the Hadoop client on the class path, S3 through
 * Flink's plugins), and the one-line reasons its failures are reported with.
 *
 * <p>An unreachable NameNode fails after bounded retries: {@link #configure} gives the Hadoop
 * client {@link #BOUNDED_RETRIES} (three connection attempts a second apart, five-second connect
 * timeouts), so a wrong host or port exits within some 30 s instead of the client's default
 * minutes. A cluster's own configuration ({@code flink.hadoop.*} keys) wins over these defaults.
 */
public final class RemoteFiles {

    /** Hadoop client settings (as Flink's {@code flink.hadoop.} pass-through keys). */
    public static final Configuration BOUNDED_RETRIES = new Configuration();

    static {
        BOUNDED_RETRIES.setString("flink.hadoop.ipc.client.connect.max.retries", "2");
        BOUNDED_RETRIES.setString("flink.hadoop.ipc.client.connect.retry.interval", "1000");
        BOUNDED_RETRIES.setString("flink.hadoop.ipc.client.connect.max.retries.on.timeouts", "2");
        BOUNDED_RETRIES.setString("flink.hadoop.ipc.client.connect.timeout", "5000");
        BOUNDED_RETRIES.setString("flink.hadoop.dfs.client.retry.policy.enabled", "false");
        BOUNDED_RETRIES.setString("flink.hadoop.dfs.client.failover.max.attempts", "2");
    }

    private RemoteFiles() {}

    /**
     * Initializes Flink's file systems in this JVM with {@link #BOUNDED_RETRIES} under
     * {@code configuration} (which wins where it sets the same keys).
     */
    public static void configure(Configuration configuration) {
        configure(configuration, null);
    }

    /** As {@link #configure(Configuration)}, with file systems from {@code plugins} too (S3). */
    public static void configure(Configuration configuration, PluginManager plugins) {
        Configuration merged = new Configuration(BOUNDED_RETRIES);
        merged.addAll(configuration);
        FileSystem.initialize(merged, plugins);
    }

    static FileSystem fileSystem(InputLocation location) throws IOException {
        return FileSystem.get(location.flinkPath().toUri());
    }

    /** A channel over a remote file's bytes, its size from the file system. */
    static FileChannel open(InputLocation location) throws IOException {
        FileSystem fs = fileSystem(location);
        FileStatus status = fs.getFileStatus(location.flinkPath());
        if (status.isDir()) {
            throw new InputFileException(location + ": is a directory, not a sequence file");
        }
        return new RemoteChannel(fs.open(location.flinkPath()), location.toString(), status.getLen());
    }

    /** The blocks of a remote file with the hosts that store them, as its file system says. */
    public static BlockLocation[] blocks(InputLocation location) {
        try {
            FileSystem fs = fileSystem(location);
            FileStatus status = fs.getFileStatus(location.flinkPath());
            return fs.getFileBlockLocations(status, 0, status.getLen());
        } catch (IOException e) {
            throw failure(location, e);
        }
    }

    /** The one-line reason an operation on {@code location} failed. */
    public static InputFileException failure(InputLocation location, IOException e) {
        if (e instanceof FileNotFoundException || notFound(e)) {
            return new InputFileException(location + ": no such file or not accessible", e);
        }
        if (denied(e)) {
            return new InputFileException(location + ": not readable (permission denied)", e);
        }
        if (unreachable(e)) {
            return new InputFileException(location + ": file system unreachable ("
                    + firstLine(e) + ")", e);
        }
        if (e.getClass().getName().equals(
                "org.apache.flink.core.fs.UnsupportedFileSystemSchemeException")) {
            return new InputFileException(location + ": no file system for this scheme on the class"
                    + " path (" + firstLine(e) + ")", e);
        }
        return new InputFileException(location + ": cannot read: " + firstLine(e), e);
    }

    /** Whether an I/O failure says the file is not there. */
    private static boolean notFound(IOException e) {
        return e instanceof java.io.FileNotFoundException
                || e instanceof java.nio.file.NoSuchFileException;
    }

    /** Whether an I/O failure says access was refused. */
    private static boolean denied(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException
                || e.getClass().getName().endsWith("AccessControlException");
    }

    /** Whether an I/O failure says the file system's server could not be reached. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
