package io.mapchunk.cli;

import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.RandomFasta;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mapchunk run JOBFILE}: results, run records, skipping unchanged inputs, failed runs. */
class RunCommandTest extends CommandLineTest {

    private Path job(String body) throws Exception {
        Files.createDirectories(directory.resolve("jobs"));
        return Files.writeString(directory.resolve("jobs/nightly.properties"), body);
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void writesResultAndRecordThenSkipsWhileInputIsUnchanged() throws Exception {
        byte[] fasta = RandomFasta.generate(3);
        Path input = Files.write(directory.resolve("genome.fa"), fasta);
        Path jobFile = job("command = count\ninput = ../genome.fa\noutput = ../out/genome.tsv\n"
                + "options = -p 2 --split-size 100\n");
        Path result = directory.resolve("out/genome.tsv");
        Path record = directory.resolve("out/genome.tsv.run.json");
        Path lastRecord = directory.resolve("out/genome.tsv.last-run.json");

        assertThat(run("run", jobFile.toString())).as(errors.toString()).isZero();

        assertThat(Files.readString(result, StandardCharsets.ISO_8859_1))
                .isEqualTo(NaiveCounts.facount(NaiveCounts.fasta(fasta)));
        JsonNode first = json(record);
        assertThat(first.get("job").asText()).isEqualTo("nightly");
        assertThat(first.get("status").asText()).isEqualTo("succeeded");
        assertThat(first.get("exit_code").asInt()).isZero();
        assertThat(first.get("input").get("bytes").asLong()).isEqualTo(fasta.length);
        assertThat(Instant.parse(first.get("input").get("modified").asText()))
                .isEqualTo(Files.getLastModifiedTime(input).toInstant());
        assertThat(first.get("output").get("sha256").asText()).isEqualTo(sha256(result));
        assertThat(first.get("records").get("sequences").asLong())
                .isEqualTo(NaiveCounts.fasta(fasta).size());
        assertThat(Instant.parse(first.get("ended").asText()))
                .isAfterOrEqualTo(Instant.parse(first.get("started").asText()));
        assertThat(Files.readString(lastRecord)).isEqualTo(Files.readString(record));
        String firstRecord = Files.readString(record);

        assertThat(run("run", jobFile.toString())).as(errors.toString()).isZero();

        assertThat(json(lastRecord).get("status").asText()).isEqualTo("skipped-unchanged");
        assertThat(Files.readString(record)).as("record of the run that made the result")
                .isEqualTo(firstRecord);
        try (var files = Files.list(directory.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "genome.tsv", "genome.tsv.run.json", "genome.tsv.last-run.json",
                    ".genome.tsv.lock");
        }
    }

    @Test
    void secondRunOfAJobInProgressSaysSoAndExits75WritingNothing() throws Exception {
        Files.writeString(directory.resolve("g.fa"), ">a\nACGT\n");
        Path jobFile = job("command = count\ninput = ../g.fa\noutput = ../out/g.tsv\n");
        Files.createDirectories(directory.resolve("out"));
        Path lockFile = directory.resolve("out/.g.tsv.lock");

        int exit;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            exit = run("run", jobFile.toString());
        }

        assertThat(exit).as(errors.toString()).isEqualTo(RunCommand.ALREADY_RUNNING);
        assertThat(errors.toString().lines().filter(line -> !line.isBlank()))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("another run of this job is in progress");
        try (var files = Files.list(directory.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(".g.tsv.lock");
        }
    }

    @Test
    void rerunsWhenTheInputChangesOrTheResultWasTouched() throws Exception {
        Path input = Files.writeString(directory.resolve("g.fa"), ">a\nACGT\n");
        Path jobFile = job("command = count\ninput = ../g.fa\noutput = ../g.tsv\n");
        Path result = directory.resolve("g.tsv");
        assertThat(run("run", jobFile.toString())).as(errors.toString()).isZero();

        Files.writeString(input, ">a\nACGTCG\n>b\nNN\n");
        Files.setLastModifiedTime(input, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(run("run", jobFile.toString())).as(errors.toString()).isZero();
        assertThat(json(directory.resolve("g.tsv.last-run.json")).get("status").asText())
                .isEqualTo("succeeded");
        assertThat(Files.readString(result)).contains("b\t2\t0\t0\t0\t0\t2\t0");

        Files.writeString(result, "tampered\n");
        assertThat(run("run", jobFile.toString())).as(errors.toString()).isZero();
        assertThat(Files.readString(result)).startsWith("#seq").contains("total\t8\t");
    }

    @Test
    void failedRunExitsNonZeroAndKeepsThePreviousResultAndRecord() throws Exception {
        Path input = Files.writeString(directory.resolve("g.fa"), ">a\nACGT\n");
        Path jobFile = job("command = count\ninput = ../g.fa\noutput = ../g.tsv\n");
        assertThat(run("run", jobFile.toString())).as(errors.toString()).isZero();
        Path result = directory.resolve("g.tsv");
        String goodResult = Files.readString(result);
        String goodRecord = Files.readString(directory.resolve("g.tsv.run.json"));

        Files.write(input, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        errors.getBuffer().setLength(0);
        assertThat(run("run", jobFile.toString())).isEqualTo(1);

        assertThat(errors.toString()).startsWith("mapchunk: " + input).contains("zip");
        assertThat(Files.readString(result)).isEqualTo(goodResult);
        assertThat(Files.readString(directory.resolve("g.tsv.run.json"))).isEqualTo(goodRecord);
        JsonNode last = json(directory.resolve("g.tsv.last-run.json"));
        assertThat(last.get("status").asText()).isEqualTo("failed");
        assertThat(last.get("exit_code").asInt()).isEqualTo(1);
        assertThat(last.get("error").asText()).startsWith(input.toString()).contains("zip");
    }

    @Test
    void forceRerunsAnUnchangedJob() throws Exception {
        Files.writeString(directory.resolve("g.fa"), ">a\nACGT\n");
        Path jobFile = job("command = count\ninput = ../g.fa\noutput = ../g.tsv\n");
        assertThat(run("run", jobFile.toString())).as(errors.toString()).isZero();
        String started = json(directory.resolve("g.tsv.run.json")).get("started").asText();

        assertThat(run("run", "--force", jobFile.toString())).as(errors.toString()).isZero();

        JsonNode record = json(directory.resolve("g.tsv.run.json"));
        assertThat(record.get("status").asText()).isEqualTo("succeeded");
        assertThat(record.get("started").asText()).isNotEqualTo(started);
    }

    @Test
    void badJobFilesAreUsageErrorsNamingTheFile() throws Exception {
        Path typo = job("command = count\ninput = g.fa\noutptu = g.tsv\n");
        assertThat(run("run", typo.toString())).isEqualTo(2);
        assertThat(errors.toString()).contains(typo.toString()).contains("unknown key 'outptu'");

        Path outputInOptions = job("command = count\ninput = g.fa\noutput = g.tsv\noptions = -o x\n");
        assertThat(run("run", outputInOptions.toString())).isEqualTo(2);

        Path badTarget = job("command = count\ninput = g.fa\noutput = g.tsv\ntarget = yarn\n");
        assertThat(run("run", badTarget.toString())).isEqualTo(2);
        assertThat(errors.toString()).contains("target must be 'embedded' or 'cluster'");

        assertThat(run("run", directory.resolve("missing.properties").toString())).isEqualTo(1);
    }

    @Test
    void everyCommandRecordsWhatItHandled() throws Exception {
        Files.writeString(directory.resolve("genome.fa"), ">a\nACGTACGTAC\n>b\nGGCC\n");
        String[][] jobs = {
            {"stats", "", "{\"bases\":14,\"files\":1,\"sequences\":2}"},
            {"gc", "-w 5", "{\"sequences\":2,\"windows\":3}"},
            {"index", "", "{\"bases\":14,\"sequences\":2}"},
            {"sample", "-n 4 --seed 1", "{\"samples\":4}"},
            {"sample", "-n 3 --seed 1 --scan", "{\"samples\":3}"},
            {"report", "", "{\"bases\":14,\"sequences\":2}"},
        };
        for (String[] job : jobs) {
            Path jobFile = job("command = " + job[0] + "\ninput = ../genome.fa\noutput = ../out/"
                    + job[0] + "\noptions = -p 2 " + job[1] + "\n");
            assertThat(run("run", jobFile.toString())).as(errors.toString()).isZero();
            assertThat(json(directory.resolve("out/" + job[0] + ".run.json")).get("records"))
                    .as("records of %s %s", job[0], job[1]).hasToString(job[2]);
        }
    }
}
