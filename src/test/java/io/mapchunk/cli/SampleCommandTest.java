package io.mapchunk.cli;

import io.mapchunk.SharedData;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample command line. Its output for a fixed seed is pinned: the digests below are those of
 * the rows the implementation that gathered every window through the collect sink wrote for the
 * same command (2026-11-29, commit 98e4cbe), so a change of design must keep every byte.
 */
class SampleCommandTest extends CommandLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pfalciparum_mal.fa | -n 3000 -l 100 --seed 42 --format bed | 3000 | e5211c648faf3840a1897120911cdb8c",
        "pfalciparum_mal.fa | -n 3000 -l 100 --seed 42 --format fasta | 6000 | 92281f156c4f44656231b1e187905b19",
        "pfalciparum_mal.fa | -n 3000 -l 100 --seed 42 --format tsv | 3000 | 6af10f9b9396300d0ef07b4dcf10756f",
        "human_chr20.fa | -n 2000 -l 100 --seed 5 --exclude-n --format bed | 2000 | 9fd83204a9995726d5f4ee12c6e4dcad",
        "human_chr20.fa | -n 2000 -l 100 --seed 5 --exclude-n --format fasta | 4000 | 61396e7fe2ced01a6832ba9cf396a519",
        "human_chr20.fa | -n 2000 -l 100 --seed 5 --exclude-n --format tsv | 2000 | 7e9b05a9e48a7b01b06c9d8dc950a209",
        "pfalciparum_mal.fa | -n 200 -l 50 --seed 3 --per-sequence --without-replacement --format fasta | 5600 | b4689ab439cffcbe8131e8c75eea645b",
        "pfalciparum_mal.fa | -n 300 -l 1000 --seed 9 --per-sequence --exclude-n --format tsv | 4200 | e9a4e54a80a97c047f329f17ad7222ae",
        "hg38_chr16_subset.fa | -n 50 -l 2000 --seed 11 --per-sequence --exclude-n --without-replacement --format tsv | 50 | f18fe690986ab08a9b4c876fa0ec30a0",
        "lambda_virus.fa | -n 40000 --seed 1 --without-replacement --format tsv | 40000 | 73f5b3d2c83fb0c8a4a4d3d3a0af0d3f",
        "human_chr20.fa | -n 5000 -l 300 --seed 77 --without-replacement --exclude-n --format fasta | 10000 | 05625108909b073f9b50633cd023cb72",
    })
    void writesTheSameBytesAsTheCollectSinkImplementation(String genome, String options,
            int lines, String md5) throws Exception {
        Path input = SharedData.file(genome);
        Path output = directory.resolve("sample.out");
        List<String> args = new ArrayList<>(List.of("sample", "-p", "2"));
        args.addAll(List.of(options.split(" ")));
        args.addAll(List.of("-o", output.toString(), input.toString()));

        int exit = run(args.toArray(String[]::new));

        assertThat(exit).as(errors.toString()).isZero();
        byte[] bytes = Files.readAllBytes(output);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1).lines()).hasSize(lines);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)))
                .as("MD5 of the rows of 'sample %s %s'", options, genome).isEqualTo(md5);
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sample.out");
        }
    }

    @Test
    void samplesARawFileWithoutIndexWithoutRunningAnIndexJob(
            @InjectClusterClient ClusterClient<?> client) throws Exception {
        Random random = new Random(17);
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            raw.append("ACGTacgtN".charAt(random.nextInt(9)));
            if (i % 70 == 69) {
                raw.append('\n');
            }
        }
        raw.append('\n');
        Path input = Files.writeString(directory.resolve("reads.smalla"), raw);
        String bases = raw.toString().replace("\n", "");
        Path output = directory.resolve("sample.tsv");
        List<JobStatusMessage> before = new ArrayList<>(client.listJobs().get());

        int exit = run("sample", "-n", "500", "-l", "150", "--seed", "3", "--format", "tsv",
                "-o", output.toString(), input.toString());

        assertThat(exit).as(errors.toString()).isZero();
        List<String> rows = Files.readAllLines(output, StandardCharsets.ISO_8859_1);
        assertThat(rows).hasSize(500);
        for (String row : rows) {
            String[] fields = row.split("\t");
            int start = Integer.parseInt(fields[1]) - 1;
            assertThat(fields[0]).isEqualTo("reads");
            assertThat(fields[2]).as(row).isEqualTo(bases.substring(start, start + 150));
        }
        List<String> jobs = client.listJobs().get().stream()
                .filter(job -> before.stream().noneMatch(b -> b.getJobId().equals(job.getJobId())))
                .map(JobStatusMessage::getJobName).toList();
        assertThat(jobs).as("jobs this sample ran").containsExactly("mapchunk sample");
        assertThat(Files.exists(directory.resolve("reads.smalla.fai"))).isFalse();
    }
}
