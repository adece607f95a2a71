package io.mapchunk.job;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The client's directory for a sample's row files, as a subtask is told of it: the path, and the
 * name of a marker file the client put there. A subtask that sees the marker shares the client's
 * file system (embedded mini-cluster, or a cluster on the same host) and writes its rows there; one
 * that does not (a remote TaskManager) sends them back as {@link RowPiece#bytes()} instead.
 */
record RowDirectory(String path, String marker) implements Serializable {

    boolean visible() {
        return Files.isRegularFile(Path.of(path, marker));
    }
}
