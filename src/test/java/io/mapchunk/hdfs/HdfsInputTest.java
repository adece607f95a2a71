package io.mapchunk.hdfs;

import io.mapchunk.analysis.Assembler;
import io.mapchunk.analysis.ChunkAnalysis;
import io.mapchunk.analysis.ChunkFolder;
import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.cli.MapchunkCli;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;
import io.mapchunk.io.RemoteFiles;
import io.mapchunk.job.CountJob;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import io.mapchunk.stitch.PartPlace;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.BgzfWriter;
import io.mapchunk.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.DFSConfigKeys;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.security.AccessControlException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commands on a real HDFS, started in-process ({@link MiniDFSCluster}: three DataNodes, 1 MiB
 * blocks, replication 2), so a genome spans many blocks and records and splits cross block
 * edges: count (every format), index, gc and sample of {@code hdfs://} input (FASTA, BGZF and
 * {@code .2bit}) equal the local run of the same file byte for byte at parallelism 1 to 4, results
 * written to HDFS too; bad remote inputs get one line, exit 1 and nothing written.
 */
class HdfsInputTest {

    private static final long BLOCK = 1 << 20;

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(4).build());

    @TempDir
    static Path hdfsBase;

    private static MiniDFSCluster hdfs;
    private static FileSystem fs;
    private static String root;

    @TempDir
    Path directory;

    private final StringWriter errors = new StringWriter();

    @BeforeAll
    static void startHdfs() throws IOException {
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        conf.setLong(DFSConfigKeys.DFS_BLOCK_SIZE_KEY, BLOCK);
        conf.setLong(DFSConfigKeys.DFS_NAMENODE_MIN_BLOCK_SIZE_KEY, 4096);
        conf.setInt(DFSConfigKeys.DFS_REPLICATION_KEY, 2);
        conf.setInt(DFSConfigKeys.DFS_BYTES_PER_CHECKSUM_KEY, 512);
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, hdfsBase.toString());
        conf.set("dfs.namenode.rpc-bind-host", "127.0.0.1");
        conf.set("dfs.datanode.address", "127.0.0.1:0");
        conf.set("dfs.datanode.http.address", "127.0.0.1:0");
        conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
        conf.set("dfs.namenode.http-address", "127.0.0.1:0");
        hdfs = new MiniDFSCluster.Builder(conf, hdfsBase.toFile()).numDataNodes(3)
                .build();
        hdfs.waitActive();
        fs = hdfs.getFileSystem();
        root = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();
        RemoteFiles.configure(new Configuration());
    }

    @AfterAll
    static void stopHdfs() {
        if (hdfs != null) {
            hdfs.shutdown(true);
        }
    }

    @Test
    void commandsOnHdfsEqualTheLocalRunAtEveryParallelism() throws Exception {
        Path local = scratchCopy(SharedData.file("pfalciparum_mal.fa"));
        String remote = upload(local, "/genomes/pf.fa");
        assertThat(fs.getFileBlockLocations(fs.getFileStatus(new org.apache.hadoop.fs.Path(remote)),
                0, Files.size(local))).hasSizeGreaterThan(20);

        for (int p = 1; p <= 4; p++) {
            String[] options = {"-p", Integer.toString(p), "--split-size", "700k", "--chunk-size",
                    "300k"};
            for (String[] command : commands()) {
                if (command[0].equals("count") && !command[2].equals("facount") && p != 2) {
                    continue; // the other count layouts once: the counts are the same
                }
                String[] args = Stream.concat(Arrays.stream(command), Arrays.stream(options))
                        .toArray(String[]::new);
                String expected = localOutput(args, local);
                assertThat(remoteOutput(args, remote).replace(remote, local.toAbsolutePath().normalize().toString()))
                        .as(String.join(" ", args)).isEqualTo(expected);
            }
        }
    }

    @Test
    void recordsCrossingEveryBlockEdgeAndBgzfOnHdfs() throws Exception {
        byte[] fasta = manyRecords(new Random(7), 3 << 20);
        Path local = Files.write(directory.resolve("r.fa"), fasta);
        String remote = upload(local, "/genomes/r.fa");
        Path bgzf = Files.write(directory.resolve("r.fa.gz"), BgzfWriter.bgzf(fasta, 60_000, 6));
        String remoteBgzf = upload(bgzf, "/genomes/r.fa.gz");

        for (String[] command : commands()) {
            String[] args = Stream.concat(Arrays.stream(command),
                    Stream.of("-p", "3", "--split-size", "256k", "--chunk-size", "64k"))
                    .toArray(String[]::new);
            String expected = localOutput(args, local);
            assertThat(remoteOutput(args, remote).replace(remote, local.toAbsolutePath().normalize().toString()))
                    .as(String.join(" ", args)).isEqualTo(expected);
            if (!command[0].equals("index")) {
                assertThat(remoteOutput(args, remoteBgzf).replace(remoteBgzf, local.toAbsolutePath().normalize().toString()))
                        .as("bgzf " + String.join(" ", args)).isEqualTo(expected);
            }
        }
    }

    @Test
    void readsCrossingEveryBlockEdgeOnHdfsAndAsBgzfEqualTheLocalRun() throws Exception {
        byte[] reads;
        try (InputStream in = HdfsInputTest.class.getResourceAsStream("/reads/longreads_500.fq")) {
            reads = in.readAllBytes();
        }
        byte[] fastq = new byte[reads.length * 8];
        for (int i = 0; i < 8; i++) {
            System.arraycopy(reads, 0, fastq, i * reads.length, reads.length);
        }
        Path local = Files.write(directory.resolve("reads.fq"), fastq);
        String remote = upload(local, "/reads/reads.fq");
        String remoteBgzf = upload(Files.write(directory.resolve("reads.fq.gz"),
                BgzfWriter.bgzf(fastq, 50_000, 6)), "/reads/reads.fq.gz");
        String[][] commands = {{"stats"}, {"count", "--format", "json"},
            {"count", "--per-position"}, {"sample", "-n", "300", "--seed", "3"}};
        for (String[] command : commands) {
            String[] args = append(command, "-p", "3", "--split-size", "200k");
            String expected = localOutput(args, local);
            String here = local.toAbsolutePath().normalize().toString();
            assertThat(remoteOutput(args, remote).replace(remote, here))
                    .as(String.join(" ", args)).isEqualTo(expected);
            assertThat(remoteOutput(args, remoteBgzf).replace(remoteBgzf, here))
                    .as("bgzf " + String.join(" ", args)).isEqualTo(expected);
        }
    }

    @Test
    void twoBitOnHdfsEqualsTheLocalRun() throws Exception {
        Path local = scratchCopy(SharedData.file("hg38_chr16_subset.2bit"));
        String remote = upload(local, "/genomes/hg38.2bit");
        List<String[]> commands = new ArrayList<>(commands());
        commands.removeIf(command -> command[0].equals("index")); // a .2bit carries its own
        commands.add(new String[] {"sample", "-n", "200", "-l", "30", "--seed", "3", "--format",
            "fasta", "--exclude-n"});
        commands.add(new String[] {"sample", "--scan", "-n", "100", "--where", "cpg", "--seed",
            "5"});
        commands.removeIf(command -> command[0].equals("count") && !command[2].equals("json"));
        for (String[] command : commands) {
            String[] args = append(command, "-p", "3", "--split-size", "5k", "--chunk-size", "3k");
            assertThat(remoteOutput(args, remote).replace(remote,
                    local.toAbsolutePath().normalize().toString()))
                    .as(String.join(" ", args)).isEqualTo(localOutput(args, local));
        }
    }

    @Test
    void indexIsWrittenBesideAnHdfsInputAndUsedBySample() throws Exception {
        Path local = SharedData.file("lambda_virus.fa");
        String remote = upload(local, "/beside/lambda.fa");
        assertThat(run("index", remote)).as(errors.toString()).isZero();
        assertThat(read(remote + ".fai")).isEqualTo(Files.readString(
                SharedData.file("lambda_virus.fa.fai"), StandardCharsets.ISO_8859_1));
        assertThat(run("sample", "-n", "5", "-l", "10", "--seed", "1", "-o", root + "/beside/s.tsv",
                remote)).as(errors.toString()).isZero();
        assertThat(errors.toString()).isEmpty();
        assertThat(fs.listStatus(new org.apache.hadoop.fs.Path(root + "/beside"))).extracting(
                s -> s.getPath().getName()).containsExactlyInAnyOrder("lambda.fa", "lambda.fa.fai",
                "s.tsv");
    }

    @Test
    void aStoppedDataNodeIsReadAroundFromTheOtherReplicas() throws Exception {
        Path local = scratchCopy(SharedData.file("ecoli_mg1655.fa"));
        String remote = upload(local, "/replicas/ecoli.fa");
        String[] count = {"count", "--format", "seqtk", "-p", "3"};
        String expected = localOutput(count, local);
        // the NameNode still lists the stopped DataNode (its heartbeat has not timed out), so
        // readers are sent to it and must go on from the other replica of each block
        MiniDFSCluster.DataNodeProperties stopped = hdfs.stopDataNode(0);
        try {
            assertThat(remoteOutput(count, remote).replace(remote, local.toAbsolutePath().normalize().toString()))
                    .isEqualTo(expected);
        } finally {
            hdfs.restartDataNode(stopped, true);
            hdfs.waitActive();
        }
    }

    @Test
    void aDataNodeStoppedWhileTheJobReadsIsReadAround() throws Exception {
        Path local = scratchCopy(SharedData.file("ecoli_mg1655.fa"));
        String remote = upload(local, "/midjob/ecoli.fa");
        String expected = CountText.facount(CountJob.run(
                StreamExecutionEnvironment.getExecutionEnvironment(),
                JobSettings.defaults(local).withParallelism(1)).records());
        CountAnalysis counts = CountAnalysis.bases();
        try {
            // one subtask, many splits: the DataNode stops after the first chunk, before most
            // blocks are read, and the reader must go on from the other replicas
            JobRunner.Scanned run = JobRunner.run(
                    StreamExecutionEnvironment.getExecutionEnvironment(),
                    JobSettings.defaults(InputLocation.of(remote)).withParallelism(1)
                            .withSplitSize(256 << 10),
                    "mid-job stop", Pass.of(counts, new StopDataNodeOnFirstChunk()),
                    ProgressListener.NONE);

            assertThat(StopDataNodeOnFirstChunk.stopped).as("a DataNode stopped mid-job")
                    .isNotNull();
            assertThat(CountText.facount(run.results().get(counts))).isEqualTo(expected);
        } finally {
            if (StopDataNodeOnFirstChunk.stopped != null) {
                hdfs.restartDataNode(StopDataNodeOnFirstChunk.stopped, true);
                hdfs.waitActive();
                StopDataNodeOnFirstChunk.stopped = null;
            }
        }
    }

    /** Stops DataNode 0 of the test's HDFS when a subtask gets its first chunk (same JVM). */
    private static final class StopDataNodeOnFirstChunk implements ChunkAnalysis<Long, Long> {
        static volatile MiniDFSCluster.DataNodeProperties stopped;

        @Override
        public ChunkFolder<Long> newFolder(SequenceFile file) {
            return (chunk, out) -> {
                if (stopped == null) {
                    stopped = hdfs.stopDataNode(0);
                }
            };
        }

        @Override
        public Assembler<Long, Long> newAssembler(SequenceFile file, int splits) {
            return new Assembler<>() {
                @Override
                public void accept(PartPlace place, Long value) {}

                @Override
                public Long result() {
                    return 0L;
                }
            };
        }
    }

    @Test
    void badRemoteInputsGetOneLineAndNothingWritten() throws Exception {
        Path output = directory.resolve("out.tsv");
        assertThat(run("count", "-o", output.toString(), root + "/no/such.fa")).isEqualTo(1);
        assertThat(errors.toString().strip()).isEqualTo("mapchunk: " + root
                + "/no/such.fa: no such file or not accessible");

        errors.getBuffer().setLength(0);
        long started = System.nanoTime();
        assertThat(run("count", "-o", output.toString(), "hdfs://127.0.0.1:1/x.fa")).isEqualTo(1);
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(40);
        assertThat(errors.toString().strip()).startsWith(
                "mapchunk: hdfs://127.0.0.1:1/x.fa: file system unreachable (").doesNotContain("\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void aFileRewrittenAfterPlanningIsRefusedByItsReaders() throws Exception {
        String remote = upload(SharedData.file("lambda_virus.fa"), "/changing/lambda.fa");
        SequenceFile planned = SequenceFile.inspect(InputLocation.of(remote));
        planned.checkUnchanged();
        try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(remote), true)) {
            out.write(">shorter\nACGT\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        assertThatThrownBy(planned::checkUnchanged).isInstanceOf(InputFileException.class)
                .hasMessage(remote + ": changed while being read (size or mtime)");
        fs.delete(new org.apache.hadoop.fs.Path(remote), false);
        assertThatThrownBy(planned::checkUnchanged).isInstanceOf(InputFileException.class)
                .hasMessage(remote + ": disappeared while being read");
    }

    @Test
    void hadoopsFailuresAreNamedInOneLine() {
        InputLocation input = InputLocation.of(root + "/x.fa");
        assertThat(RemoteFiles.failure(input, new AccessControlException(
                "Permission denied: user=stranger, access=READ, inode=\"/x.fa\"\n\tat ...")))
                .hasMessage(input + ": not readable (permission denied)");
        assertThat(RemoteFiles.failure(input, new java.io.FileNotFoundException("File does not"
                + " exist: /x.fa"))).hasMessage(input + ": no such file or not accessible");
        assertThat(RemoteFiles.failure(input, new IOException("Call failed\nmore",
                new java.net.ConnectException("Connection refused"))))
                .hasMessage(input + ": file system unreachable (Call failed)");
    }

    private static List<String[]> commands() {
        List<String[]> commands = new ArrayList<>();
        for (String format : List.of("facount", "seqtk", "json")) {
            commands.add(new String[] {"count", "--format", format});
        }
        commands.add(new String[] {"index"});
        commands.add(new String[] {"gc", "-w", "5000", "-s", "2500", "--format", "tsv"});
        commands.add(new String[] {"sample", "-n", "300", "-l", "80", "--seed", "7", "--format",
            "tsv"});
        return commands;
    }

    /** A result without its run line (timings and parallelism, in json). */
    private static String withoutRun(String text) {
        return text.replaceAll("(?m)^  \"run\": .*\n", "");
    }

    /** A copy in the scratch directory: the local runs may write and remove INPUT.fai beside it. */
    private Path scratchCopy(Path shared) throws IOException {
        return Files.copy(shared, directory.resolve(shared.getFileName()));
    }

    private String localOutput(String[] command, Path input) throws IOException {
        Path output = directory.resolve("local.out");
        assertThat(run(append(command, "-o", output.toString(), input.toString())))
                .as(errors.toString()).isZero();
        String text = withoutRun(Files.readString(output, StandardCharsets.ISO_8859_1));
        Files.delete(output);
        Files.deleteIfExists(Path.of(input + ".fai"));
        return text;
    }

    private String remoteOutput(String[] command, String input) throws IOException {
        String output = root + "/results/remote.out";
        fs.mkdirs(new org.apache.hadoop.fs.Path(root + "/results"));
        assertThat(run(append(command, "-o", output, input))).as(errors.toString()).isZero();
        String text = withoutRun(read(output));
        fs.delete(new org.apache.hadoop.fs.Path(output), false);
        fs.delete(new org.apache.hadoop.fs.Path(input + ".fai"), false);
        assertThat(fs.listStatus(new org.apache.hadoop.fs.Path(root + "/results"))).isEmpty();
        return text;
    }

    /** About {@code size} bytes of FASTA: records of 0 to 200,000 bases, lines 1 to 120 wide. */
    private static byte[] manyRecords(Random random, int size) {
        String alphabet = "ACGTACGTACGTacgtNNnRYKM";
        StringBuilder text = new StringBuilder(size + 300_000);
        for (int r = 0; text.length() < size; r++) {
            text.append(">rec").append(r).append(random.nextBoolean() ? " words here" : "")
                    .append('\n');
            int length = random.nextInt(5) == 0 ? random.nextInt(100) : random.nextInt(200_000);
            int width = 1 + random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                if ((i + 1) % width == 0 || i + 1 == length) {
                    text.append('\n');
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String[] append(String[] command, String... more) {
        return Stream.concat(Arrays.stream(command), Arrays.stream(more)).toArray(String[]::new);
    }

    private static String upload(Path local, String name) throws IOException {
        try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(name))) {
            Files.copy(local, out);
        }
        return root + name;
    }

    private static String read(String remote) throws IOException {
        try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(remote))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private int run(String... args) {
        return MapchunkCli.execute(new PrintWriter(errors, true), args);
    }
}
