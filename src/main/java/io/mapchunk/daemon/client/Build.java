package io.mapchunk.daemon.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which build a JVM runs: {@code bin/mapchunk} names the file that holds it
 * ({@code target/mapchunk.jar}, or the first entry of {@code MAPCHUNK_CLASSPATH}) in
 * {@code -Dmapchunk.build.file}; its stamp is its path, size and modification time, so any rebuild
 * gives a new one and a client never uses a runner of another build.
 */
public final class Build {

    public static final String PROPERTY = "mapchunk.build.file";

    private Build() {}

    /** The stamp of this JVM's build file now; empty when it is unknown or unreadable. */
    public static String stamp() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isEmpty()) {
            return "";
        }
        try {
            Path path = Path.of(file).toAbsolutePath();
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new StringBuilder().append(path).append(' ').append(attributes.size()).append(' ')
                    .append(attributes.lastModifiedTime().toMillis()).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
