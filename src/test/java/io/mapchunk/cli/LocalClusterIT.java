package io.mapchunk.cli;

import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.RandomFasta;
import io.mapchunk.testing.SharedData;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real thing, end to end: {@code bin/cluster start} with two TaskManagers on free ports,
 * jobs submitted with Flink's own CLI ({@code bin/flink run}) and with {@code --cluster}, results
 * compared with embedded runs of {@code bin/mapchunk}, the dashboard's REST API, loopback-only
 * listeners, and {@code bin/cluster stop} leaving no process behind. Needs {@code mvn package}
 * (runs in {@code mvn verify}); skipped when target/mapchunk.jar is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalClusterIT {

    /** Options for the {@code sample} comparison: fixed seed, so both runs must agree. */
    private static final List<String> SAMPLE_OPTIONS =
            List.of("--seed", "42", "-n", "1000", "-l", "50", "--format", "fasta");

    private static final Path HOME = Path.of(System.getProperty("mapchunk.home", ".")).toAbsolutePath();
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(120);

    private static Path work;
    private static Path runDir;
    private static int restPort;
    private static final Map<String, String> ENV = new HashMap<>();
    private static final List<Long> clusterPids = new ArrayList<>();
    private static Thread stopOnExit;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(Files.isRegularFile(HOME.resolve("target/mapchunk.jar"))
                && Files.isDirectory(HOME.resolve("target/lib")), "run 'mvn package' first");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        // Under target/, so logs stay for a look after a failure and `mvn clean` removes them.
        work = Files.createTempDirectory(HOME.resolve("target"), "it-cluster-");
        runDir = work.resolve("run");
        restPort = freePort();
        ENV.put("MAPCHUNK_CLUSTER_DIR", runDir.toString());
        ENV.put("MAPCHUNK_LOG_DIR", work.resolve("log").toString());
        ENV.put("MAPCHUNK_REST_PORT", Integer.toString(restPort));
        ENV.put("MAPCHUNK_RPC_PORT", Integer.toString(freePort()));
        // Even if the test JVM is interrupted, the cluster goes down with it.
        stopOnExit = new Thread(LocalClusterIT::stopQuietly, "stop-mapchunk-cluster");
        Runtime.getRuntime().addShutdownHook(stopOnExit);

        Result start = run("bin/cluster", "start", "-n", "2");
        clusterPids.addAll(pidsInRunDir());
        assertThat(start.exit()).as(start.describe()).isZero();
        assertThat(clusterPids).hasSize(3);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (work == null) {
            return;
        }
        try {
            Result stop = run("bin/cluster", "stop");
            assertThat(stop.exit()).as(stop.describe()).isZero();
            for (long pid : clusterPids) {
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                        .as("cluster process %d still alive after stop", pid).isFalse();
            }
            assertThat(pidsInRunDir()).as("pid files left in %s", runDir).isEmpty();
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            stopQuietly();
        }
    }

    @Test
    @Order(1)
    void restApiShowsTwoTaskManagersAndTheDashboard() throws Exception {
        JsonNode overview = restJson("/overview");
        assertThat(overview.get("taskmanagers").asInt()).isEqualTo(2);
        assertThat(overview.get("slots-total").asInt()).isEqualTo(4);
        HttpResponse<String> dashboard = get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).as("flink-runtime-web's index page").contains("<html");
    }

    @Test
    @Order(1)
    void taskManagersGetTheVectorFlagsFromConfJvmFlags() throws Exception {
        for (String name : List.of("taskmanager-1", "taskmanager-2")) {
            assertThat(commandLine(name)).as("%s's JVM", name).contains(
                    "--add-modules jdk.incubator.vector", "VectorCountKernel::countBlock,0.01",
                    "--add-opens=java.base/java.util=ALL-UNNAMED");
        }
        assertThat(commandLine("jobmanager")).as("the JobManager's JVM")
                .contains("--add-opens=java.base/java.util=ALL-UNNAMED")
                .doesNotContain("jdk.incubator.vector");
    }

    @Test
    @Order(2)
    void countOnTheClusterMatchesEmbeddedAndNaiveCounts() throws Exception {
        byte[] fasta = RandomFasta.generate(11);
        Path random = Files.write(work.resolve("random.fa"), fasta);
        Path lambda = HOME.resolve("data/lambda_virus.fa");

        String embedded = runToFile("embedded-random.tsv", List.of("bin/mapchunk"),
                List.of("count", "-p", "2", "--split-size", "64", random.toString()));
        String flinkCli = runToFile("flink-random.tsv", flinkRun(),
                List.of("count", "--split-size", "64", random.toString()));
        assertThat(embedded).isEqualTo(NaiveCounts.facount(NaiveCounts.fasta(fasta)));
        assertThat(flinkCli).as("bin/flink run").isEqualTo(embedded);

        String clusterOption = runToFile("option-lambda.tsv",
                List.of("bin/mapchunk", "--cluster", "127.0.0.1:" + restPort),
                List.of("count", lambda.toString()));
        assertThat(clusterOption).as("bin/mapchunk --cluster vs UCSC faCount")
                .isEqualTo(Files.readString(HOME.resolve("data/lambda_virus.facount.tsv")));

        JsonNode jobs = restJson("/jobs/overview").get("jobs");
        assertThat(jobs.findValuesAsText("name")).contains("mapchunk count random.fa",
                "mapchunk count lambda_virus.fa");
        assertThat(jobs.findValuesAsText("state")).containsOnly("FINISHED");
    }

    @Test
    @Order(3)
    void hdfsInputOnTheClusterMatchesTheLocalFileEmbedded() throws Exception {
        Path hdfsBase = Files.createTempDirectory(work, "hdfs-");
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        conf.setLong("dfs.blocksize", 1 << 20);
        conf.setLong("dfs.namenode.fs-limits.min-block-size", 4096);
        conf.setInt("dfs.replication", 2);
        conf.set(org.apache.hadoop.hdfs.MiniDFSCluster.HDFS_MINIDFS_BASEDIR, hdfsBase.toString());
        org.apache.hadoop.hdfs.MiniDFSCluster hdfs = new org.apache.hadoop.hdfs.MiniDFSCluster
                .Builder(conf, hdfsBase.toFile()).numDataNodes(3).build();
        try {
            hdfs.waitActive();
            Path local = work.resolve("hdfs-local.fa");
            Files.copy(SharedData.file("ecoli_mg1655.fa"), local);
            try (var out = hdfs.getFileSystem().create(new org.apache.hadoop.fs.Path("/e.fa"))) {
                Files.copy(local, out);
            }
            String remote = "hdfs://127.0.0.1:" + hdfs.getNameNodePort() + "/e.fa";
            for (List<String> command : List.of(List.of("count", "--format", "seqtk"),
                    List.of("gc", "-w", "10000", "--format", "tsv"))) {
                List<String> onLocal = new ArrayList<>(command);
                onLocal.add(local.toString());
                List<String> onHdfs = new ArrayList<>(command);
                onHdfs.add(remote);
                String embedded = runToFile("hdfs-embedded.out", List.of("bin/mapchunk"), onLocal);
                String onCluster = runToFile("hdfs-cluster.out",
                        List.of("bin/mapchunk", "--cluster", "127.0.0.1:" + restPort), onHdfs);
                assertThat(onCluster).as(String.join(" ", command)).isEqualTo(embedded);
            }
        } finally {
            hdfs.shutdown(true);
        }
    }

    @Test
    @Order(3)
    void sampleOnTheClusterMatchesEmbedded() throws Exception {
        String input = HOME.resolve("data/lambda_virus.fa").toString();
        List<String> args = new ArrayList<>(List.of("sample"));
        args.addAll(SAMPLE_OPTIONS);
        args.add(input);

        String embedded = runToFile("embedded-sample.out", List.of("bin/mapchunk"), args);
        String onCluster = runToFile("flink-sample.out", flinkRun(), args);
        assertThat(embedded).isNotEmpty();
        assertThat(onCluster).isEqualTo(embedded);
    }

    @Test
    @Order(3)
    void submissionWithClusterOptionLeavesNothingInTheTempDirectory() throws Exception {
        Path tmp = Files.createDirectory(work.resolve("submit-tmp"));
        Path output = work.resolve("submit-lambda.tsv");
        ProcessBuilder builder = new ProcessBuilder("bin/mapchunk", "--cluster",
                "127.0.0.1:" + restPort, "count", "-o", output.toString(),
                HOME.resolve("data/lambda_virus.fa").toString())
                .directory(HOME.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("submit.txt").toFile());
        builder.environment().putAll(ENV);
        builder.environment().put("TMPDIR", tmp.toString());
        builder.environment().put("MAPCHUNK_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        Process process = builder.start();
        assertThat(process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(work.resolve("submit.txt"))).isZero();
        assertThat(Files.readString(output))
                .isEqualTo(Files.readString(HOME.resolve("data/lambda_virus.facount.tsv")));
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("left in the temp directory").isEmpty();
        }
    }

    @Test
    @Order(4)
    void nothingListensOutsideLoopback() throws Exception {
        Result sockets = run("ss", "-ltnpH");
        assumeTrue(sockets.exit() == 0, "ss not available");
        List<String> ours = sockets.stdout().lines()
                .filter(line -> clusterPids.stream().anyMatch(pid -> line.contains("pid=" + pid + ",")))
                .toList();
        assertThat(ours).as("listening sockets of the cluster").isNotEmpty();
        for (String line : ours) {
            String local = line.trim().split("\\s+")[3];
            assertThat(local).as(line).matches("(127\\.0\\.0\\.1|\\[::ffff:127\\.0\\.0\\.1\\]|\\[::1\\]):\\d+");
        }
    }

    private static List<String> flinkRun() {
        return List.of("bin/flink", "run", "-m", "127.0.0.1:" + restPort,
                HOME.resolve("target/mapchunk.jar").toString());
    }

    /** Runs {@code launcher args -o FILE} and returns the file's content. */
    private static String runToFile(String name, List<String> launcher, List<String> args)
            throws Exception {
        Path output = work.resolve(name);
        List<String> command = new ArrayList<>(launcher);
        command.addAll(args);
        command.add("-o");
        command.add(output.toString());
        Result result = run(command.toArray(String[]::new));
        assertThat(result.exit()).as(result.describe()).isZero();
        return Files.readString(output, StandardCharsets.ISO_8859_1);
    }

    private static JsonNode restJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + restPort + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The command line of a cluster process named by its pid file, from /proc. */
    private static String commandLine(String name) throws IOException {
        String pid = Files.readString(runDir.resolve(name + ".pid")).trim();
        return Files.readString(Path.of("/proc", pid, "cmdline")).replace('\0', ' ');
    }

    private static List<Long> pidsInRunDir() throws IOException {
        if (!Files.isDirectory(runDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(runDir)) {
            List<Long> pids = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                pids.add(Long.parseLong(Files.readString(file).trim()));
            }
            return pids;
        }
    }

    private static void stopQuietly() {
        try {
            run("bin/cluster", "stop");
        } catch (Exception e) {
            // best effort on the way out; stopCluster reports failures
        }
    }

    private record Result(List<String> command, int exit, String stdout, String stderr) {
        String describe() {
            return String.join(" ", command) + " exited " + exit + "\nstdout: " + stdout
                    + "\nstderr: " + stderr;
        }
    }

    private static Result run(String... command) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(ENV);
        Process process = builder.start();
        if (!process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            return new Result(List.of(command), -1, Files.readString(out), "timed out");
        }
        return new Result(List.of(command), process.exitValue(), Files.readString(out),
                Files.readString(err));
    }
}
