package io.mapchunk.hdfs;

import io.mapchunk.cli.MapchunkCli;
import io.mapchunk.io.RemoteFiles;
import io.mapchunk.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.plugin.DefaultPluginManager;
import org.apache.flink.core.plugin.PluginDescriptor;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code s3://} input through Flink's S3 file system ({@code flink-s3-fs-hadoop}, loaded as a
 * plugin from {@code target/plugins/s3-fs-hadoop}: it bundles its own Hadoop) against s3rver, an S3-compatible server from npm ({@code npm install s3rver@3};
 * its {@code bin/s3rver} named by {@code MAPCHUNK_S3RVER}; skipped without it): count, index and
 * sample of an object equal the local run, results written to the bucket.
 */
class S3InputTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(2).build());

    @TempDir
    static Path storage;

    private static Process server;

    @TempDir
    Path directory;

    private final StringWriter errors = new StringWriter();

    @BeforeAll
    static void startServer() throws Exception {
        String s3rver = System.getenv("MAPCHUNK_S3RVER");
        Assumptions.assumeTrue(s3rver != null && Files.isExecutable(Path.of(s3rver)),
                "no s3rver (MAPCHUNK_S3RVER)");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new ProcessBuilder(s3rver, "-d", storage.toString(), "-a", "127.0.0.1", "-p",
                Integer.toString(port), "--silent", "--allow-mismatched-signatures",
                "--configure-bucket", "genomes")
                .redirectErrorStream(true).redirectOutput(storage.resolve("s3rver.log").toFile())
                .start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || !server.isAlive()) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
        Configuration conf = new Configuration();
        conf.setString("s3.endpoint", "http://127.0.0.1:" + port);
        conf.setString("s3.endpoint.region", "us-east-1");
        conf.setString("s3.path.style.access", "true");
        conf.setString("s3.access-key", "S3RVER");
        conf.setString("s3.secret-key", "S3RVER");
        // s3rver keeps the chunk signatures of V4 streaming uploads in the object, and checks V2
        // signatures differently from the SDK: sign as V2 and let s3rver accept the signature
        conf.setString("s3.signing-algorithm", "S3SignerType");
        conf.setString("s3.attempts.maximum", "1");
        conf.setString("s3.retry.limit", "1");
        Path plugin = Path.of("target/plugins/s3-fs-hadoop");
        Assumptions.assumeTrue(Files.isDirectory(plugin), "no " + plugin);
        List<URL> jars = new ArrayList<>();
        try (var files = Files.list(plugin)) {
            for (Path jar : files.toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        RemoteFiles.configure(conf, new DefaultPluginManager(List.of(new PluginDescriptor(
                "s3-fs-hadoop", jars.toArray(URL[]::new), new String[0])),
                S3InputTest.class.getClassLoader(),
                CoreOptions.getPluginParentFirstLoaderPatterns(new Configuration())));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
            RemoteFiles.configure(new Configuration());
        }
    }

    @Test
    void countIndexAndSampleOfAnObjectEqualTheLocalRun() throws Exception {
        Path local = Files.copy(SharedData.file("lambda_virus.fa"), directory.resolve("lambda.fa"));
        String remote = "s3://genomes/lambda.fa";
        FileSystem fs = FileSystem.get(URI.create(remote));
        try (OutputStream out = fs.create(new org.apache.flink.core.fs.Path(remote),
                FileSystem.WriteMode.OVERWRITE)) {
            Files.copy(local, out);
        }
        for (String[] command : List.of(new String[] {"count", "--format", "seqtk", "-p", "2"},
                new String[] {"index"},
                new String[] {"sample", "-n", "40", "-l", "30", "--seed", "4", "--format", "tsv"})) {
            Path output = directory.resolve("local.out");
            assertThat(run(append(command, "-o", output.toString(), local.toString())))
                    .as(errors.toString()).isZero();
            String result = "s3://genomes/" + command[0] + ".out";
            assertThat(run(append(command, "-o", result, remote))).as(errors.toString()).isZero();
            try (InputStream in = fs.open(new org.apache.flink.core.fs.Path(result))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                        .replace(remote, local.toString())).as(String.join(" ", command))
                        .isEqualTo(Files.readString(output, StandardCharsets.ISO_8859_1));
            }
        }
    }

    private static String[] append(String[] command, String... more) {
        String[] all = java.util.Arrays.copyOf(command, command.length + more.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }

    private int run(String... args) {
        return MapchunkCli.execute(new PrintWriter(errors, true), args);
    }
}
