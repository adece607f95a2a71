package io.mapchunk.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.core.fs.FileStatus;

/**
 * Opens an input file for reading its sequence bytes: a plain file as it is, a BGZF or gzip file
 * as a read-only channel over its uncompressed bytes (positions and size uncompressed). What a
 * compressed file's random access needs (BGZF block table, gzip's uncompressed size) is worked
 * out once per file version (path, size, mtime) in a JVM and kept for the next opener.
 */
public final class InputChannels {

    private static final int HEAD = 64;
    private static final int KEPT_FILES = 4;

    private static final Map<String, Object> KEPT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > KEPT_FILES;
        }
    };

    private InputChannels() {}

    /** How the file is compressed, from its first bytes. */
    public static Compression compression(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return compression(channel);
        }
    }

    /** How the file at {@code location} (local or remote) is compressed, from its first bytes. */
    public static Compression compression(InputLocation location) throws IOException {
        if (location.isLocal()) {
            return compression(location.localPath());
        }
        try (FileChannel channel = RemoteFiles.open(location)) {
            return compression(channel);
        }
    }

    /**
     * A read-only channel over the uncompressed bytes at {@code location}: a local file as
     * {@link #open(Path)} opens it, a remote one through {@link RemoteFiles} (positioned reads; a
     * BGZF file's blocks found by walking their headers, a gzip file streamed).
     */
    public static FileChannel open(InputLocation location) throws IOException {
        if (location.isLocal()) {
            return open(location.localPath());
        }
        FileChannel channel = RemoteFiles.open(location);
        try {
            return switch (compression(channel)) {
                case NONE -> channel;
                case BGZF -> new BgzfChannel(channel, location.toString(), (BgzfBlocks) keptRemote(
                        location, channel, Compression.BGZF));
                case GZIP -> new GzipChannel(channel, location.toString(), (Long) keptRemote(
                        location, channel, Compression.GZIP));
            };
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A read-only channel over the uncompressed bytes of {@code path}. */
    public static FileChannel open(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return switch (compression(channel)) {
                case NONE -> channel;
                case BGZF -> new BgzfChannel(channel, path.toString(), (BgzfBlocks) kept(path,
                        channel, Compression.BGZF));
                case GZIP -> new GzipChannel(channel, path.toString(), (Long) kept(path, channel,
                        Compression.GZIP));
            };
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static Compression compression(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(HEAD);
        int read = ChannelReads.fill(channel, head.limit((int) Math.min(HEAD, channel.size())), 0);
        return Compression.of(head.array(), read);
    }

    private static Object kept(Path path, FileChannel channel, Compression compression)
            throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return kept(path.toAbsolutePath().normalize() + "\0" + attributes.size() + "\0"
                + attributes.lastModifiedTime().toMillis() + "\0" + gziVersion(path),
                () -> compression == Compression.BGZF ? BgzfBlocks.of(channel, path)
                        : GzipChannel.measure(channel, path.toString()));
    }

    private static Object keptRemote(InputLocation location, FileChannel channel,
            Compression compression) throws IOException {
        FileStatus status = location.status();
        return kept(location + "\0" + status.getLen() + "\0" + status.getModificationTime(),
                () -> compression == Compression.BGZF
                        ? BgzfBlocks.walk(channel, location.toString())
                        : GzipChannel.measure(channel, location.toString()));
    }

    private static Object kept(String key, Computation computation) throws IOException {
        synchronized (KEPT) {
            Object known = KEPT.get(key);
            if (known != null) {
                return known;
            }
        }
        Object computed = computation.compute();
        synchronized (KEPT) {
            KEPT.put(key, computed);
        }
        return computed;
    }

    /** Works out what a compressed file's random access needs. */
    private interface Computation {
        Object compute() throws IOException;
    }

    private static String gziVersion(Path path) throws IOException {
        Path gzi = BgzfBlocks.gziPath(path);
        return Files.exists(gzi) ? Files.size(gzi) + "@" + Files.getLastModifiedTime(gzi).toMillis()
                : "-";
    }
}
