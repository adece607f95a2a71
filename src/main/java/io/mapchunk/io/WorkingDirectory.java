package io.mapchunk.io;

import java.nio.file.Path;

/**
 * The one resolver of local paths the user typed (inputs, {@code -o}, job files): relative ones
 * are taken against the directory of the command's caller. A cold run's caller is this JVM's own
 * working directory, so paths stay exactly as given; the warm runner sets the directory of the
 * client that sent the command, for as long as that command runs (one command at a time).
 */
public final class WorkingDirectory {

    private static volatile Path caller;

    private WorkingDirectory() {}

    /** {@code text} as a local path, relative to the caller's directory when it is relative. */
    public static Path resolve(String text) {
        Path path = Path.of(text);
        Path base = caller;
        return base == null || path.isAbsolute() ? path : base.resolve(path);
    }

    /** Sets the caller's directory (absolute), or {@code null} for this JVM's own. */
    public static void set(Path directory) {
        caller = directory;
    }
}
