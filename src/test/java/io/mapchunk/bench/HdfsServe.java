package io.mapchunk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.DFSConfigKeys;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * For the HDFS benchmark (BENCHMARKS.md, "Issue 15: HDFS"): starts an in-process HDFS on
 * 127.0.0.1 (one NameNode on {@code PORT}, {@code DATANODES} DataNodes, 128 MiB blocks, replication
 * 1), copies {@code FILE} into it, prints {@code ready hdfs://127.0.0.1:PORT/NAME} and serves
 * until stdin closes; then it stops and deletes its storage directory.
 *
 * <pre>java -cp ... io.mapchunk.bench.HdfsServe FILE PORT DATANODES STORAGE_DIR</pre>
 */
public final class HdfsServe {

    private HdfsServe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int dataNodes = Integer.parseInt(args[2]);
        Path storage = Files.createTempDirectory(Path.of(args[3]), "hdfs-serve-");
        Configuration conf = new Configuration();
        conf.setLong(DFSConfigKeys.DFS_BLOCK_SIZE_KEY, 128L << 20);
        conf.setInt(DFSConfigKeys.DFS_REPLICATION_KEY, 1);
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, storage.toString());
        MiniDFSCluster hdfs = new MiniDFSCluster.Builder(conf, storage.toFile())
                .nameNodePort(port).numDataNodes(dataNodes).build();
        try {
            hdfs.waitActive();
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path("/" + file.getFileName());
            try (OutputStream out = hdfs.getFileSystem().create(target)) {
                Files.copy(file, out);
            }
            System.out.println("ready hdfs://127.0.0.1:" + port + target);
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until stdin closes
            }
        } finally {
            hdfs.shutdown(true);
            delete(storage);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
