package io.mapchunk.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary directory of one {@code bin/mapchunk} run, {@code TMP/mapchunk-PID-RANDOM}: the
 * launcher creates it, points {@code java.io.tmpdir} and {@code mapchunk.run.dir} at it (so Flink's
 * {@code io.tmp.dirs}, its RPC jar, {@code minicluster_*} and {@code flink-web-upload} all land in
 * it) and removes it when the run ends, however it ends.
 *
 * <p>A run killed with {@code kill -9} cannot clean up, so every run {@linkplain #sweep sweeps}
 * the directories of runs that are gone. The JVM holds a lock on {@code owner.lock} in its
 * directory, which names its pid, while it lives (the kernel drops it when the process dies, however it dies); PID is
 * the launcher's. A directory is stale when nobody holds its lock and its launcher is gone, or the
 * process now holding that PID started after the directory was last changed (PID reuse), or it is
 * older than {@link #ABANDONED}.
 */
public final class RunDirectory {

    /** The system property the launcher sets to the run's directory. */
    public static final String PROPERTY = "mapchunk.run.dir";

    static final String LOCK_FILE = "owner.lock";
    static final Duration ABANDONED = Duration.ofDays(1);
    /** Process start times are known to a clock tick; allow for that and for file-time rounding. */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(2);
    private static final Pattern NAME = Pattern.compile("mapchunk-(\\d+)-[A-Za-z0-9]+");

    /** Held for the JVM's lifetime: the lock says the run is alive. */
    private static FileChannel ownerLock;

    private RunDirectory() {}

    /** The run's directory, when started by {@code bin/mapchunk}. */
    public static Optional<Path> current() {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    /**
     * Marks the current run's directory as alive and removes stale siblings. Problems are not
     * fatal: a run must not fail because an old directory could not be removed.
     */
    public static synchronized void claim() {
        Optional<Path> dir = current();
        if (dir.isEmpty() || ownerLock != null) {
            return;
        }
        try {
            FileChannel channel = FileChannel.open(dir.get().resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            ownerLock = channel;
        } catch (IOException e) {
            return;
        }
        Path parent = dir.get().toAbsolutePath().getParent();
        if (parent != null) {
            sweep(parent, dir.get(), Instant.now());
        }
    }

    /** Removes the stale run directories in {@code base} other than {@code own}; returns them. */
    static List<Path> sweep(Path base, Path own, Instant now) {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base, "mapchunk-*")) {
            for (Path entry : entries) {
                Matcher name = NAME.matcher(entry.getFileName().toString());
                if (!name.matches() || entry.equals(own) || !Files.isDirectory(entry)) {
                    continue;
                }
                try {
                    if (isStale(entry, Long.parseLong(name.group(1)), now)) {
                        deleteRecursively(entry);
                        removed.add(entry);
                    }
                } catch (IOException | NumberFormatException e) {
                    // another user's directory, or one we cannot judge: leave it
                }
            }
        } catch (IOException e) {
            // an unreadable temp directory: leave it to the next run
        }
        return removed;
    }

    private static boolean isStale(Path dir, long pid, Instant now) throws IOException {
        if (isLocked(dir)) {
            return false;
        }
        Instant changed;
        try {
            changed = Files.getLastModifiedTime(dir).toInstant();
        } catch (NoSuchFileException e) {
            return false;
        }
        if (changed.plus(ABANDONED).isBefore(now)) {
            return true;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        if (owner.isEmpty() || !owner.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = owner.get().info().startInstant();
        return started.isPresent() && started.get().isAfter(changed.plus(CLOCK_SLACK));
    }

    /** Whether a live JVM holds the directory's lock. */
    private static boolean isLocked(Path dir) throws IOException {
        Path lockFile = dir.resolve(LOCK_FILE);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    static void deleteRecursively(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e)
                        throws IOException {
                    Files.deleteIfExists(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // removed concurrently by another run, or not ours to remove: leave it
        }
    }
}
