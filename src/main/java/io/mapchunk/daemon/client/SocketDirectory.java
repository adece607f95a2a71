package io.mapchunk.daemon.client;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The private directory that holds the warm runner's socket ({@code $XDG_RUNTIME_DIR/mapchunk} or
 * {@code $TMPDIR/mapchunk-UID}, chosen by {@code bin/mapchunk}): mode 0700 and owned by the user,
 * so that only the user can reach the runner. A directory that is not (say one another user made
 * in {@code /tmp} first) is refused by the runner and by the client alike.
 */
public final class SocketDirectory {

    static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private SocketDirectory() {}

    /** Creates {@code directory} with mode 0700 unless it exists; then checks it is private. */
    public static void create(Path directory) throws IOException {
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException e) {
            // checked below
        }
        check(directory);
    }

    /** Throws unless {@code directory} is a real directory of the user's with mode 0700. */
    public static void check(Path directory) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        String user = System.getProperty("user.name");
        if (!attributes.isDirectory() || !attributes.owner().getName().equals(user)
                || !attributes.permissions().equals(PRIVATE)) {
            throw new IOException(new StringBuilder().append(directory)
                    .append(": not a private directory of ").append(user).append(" (owner ")
                    .append(attributes.owner().getName()).append(", mode ")
                    .append(PosixFilePermissions.toString(attributes.permissions()))
                    .append("); the warm runner needs one").toString());
        }
    }
}
