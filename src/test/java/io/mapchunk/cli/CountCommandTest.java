package io.mapchunk.cli;

import io.mapchunk.testing.BgzfWriter;
import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.RandomFasta;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The count command line: outputs, exit codes and one-line errors. */
class CountCommandTest extends CommandLineTest {

    @Test
    void writesFaCountAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        byte[] fasta = RandomFasta.generate(5);
        Path input = Files.write(directory.resolve("in.fa"), fasta);
        Path output = directory.resolve("counts.tsv");

        int exit = run("count", "-p", "2", "--split-size", "100", "-o", output.toString(),
                input.toString());

        assertThat(exit).as(errors.toString()).isZero();
        assertThat(Files.readString(output, StandardCharsets.ISO_8859_1))
                .isEqualTo(NaiveCounts.facount(NaiveCounts.fasta(fasta)));
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("in.fa", "counts.tsv");
        }
    }

    @Test
    void jsonHoldsIupacLowercaseAndRunFigures() throws Exception {
        Path input = Files.writeString(directory.resolve("x.fa"), ">x\nACGTRYKMacgtNNBD\n");
        Path output = directory.resolve("x.json");

        assertThat(run("count", "--format", "json", "-o", output.toString(), input.toString()))
                .as(errors.toString()).isZero();

        JsonNode json = new ObjectMapper().readTree(output.toFile());
        JsonNode record = json.get("sequences").get(0);
        assertThat(record.get("name").asText()).isEqualTo("x");
        assertThat(record.get("length").asLong()).isEqualTo(16);
        assertThat(record.get("lowercase").asLong()).isEqualTo(4);
        assertThat(record.get("iupac2").get("R").asLong()).isEqualTo(1);
        assertThat(record.get("iupac3").get("D").asLong()).isEqualTo(1);
        assertThat(json.get("run").get("bytes").asLong()).isEqualTo(Files.size(input));
        assertThat(json.get("total").get("N").asLong()).isEqualTo(2);
    }

    @Test
    void jsonHasSixteenDinucleotidesPerSequenceAndInTotalAcrossSplitsAndLineEnds()
            throws Exception {
        // pairs across a CRLF line end and across every split edge (1-byte splits); N and R break
        Path input = Files.writeString(directory.resolve("d.fa"),
                ">a\r\nACg\r\ntNAR\r\ngc\r\n>b\nTT\nT\n");
        Path output = directory.resolve("d.json");

        assertThat(run("count", "--format", "json", "--split-size", "1", "-p", "2", "-o",
                output.toString(), input.toString())).as(errors.toString()).isZero();

        JsonNode json = new ObjectMapper().readTree(output.toFile());
        JsonNode a = json.get("sequences").get(0).get("dinucleotides");
        JsonNode b = json.get("sequences").get(1).get("dinucleotides");
        JsonNode total = json.get("total").get("dinucleotides");
        assertThat(a.size()).isEqualTo(16);
        assertThat(total.size()).isEqualTo(16);
        // a = ACgtNARgc: AC, CG, GT, then GC; b = TTT: TT twice
        assertThat(a.get("AC").asLong()).isEqualTo(1);
        assertThat(a.get("CG").asLong()).isEqualTo(1);
        assertThat(a.get("GT").asLong()).isEqualTo(1);
        assertThat(a.get("GC").asLong()).isEqualTo(1);
        assertThat(b.get("TT").asLong()).isEqualTo(2);
        long sumA = 0;
        for (JsonNode n : a) {
            sumA += n.asLong();
        }
        assertThat(sumA).isEqualTo(4);
        assertThat(total.get("TT").asLong()).isEqualTo(2);
        assertThat(total.get("GC").asLong()).isEqualTo(1);
    }

    @Test
    void seqtkFormatNamesRecordsAsSeqtkDoes() throws Exception {
        // leading blanks, a tab, an empty header, \v and \f inside the first word, a header
        // without sequence, and one without a line end
        Path input = Files.writeString(directory.resolve("h.fa"), ">  foo bar\nACGT\n>\tbaz\nAC\n"
                + ">\nGG\n>x\u000by z\nA\n>q\fr\nC\n>plain name\nT\n>\n>last",
                StandardCharsets.ISO_8859_1);
        Path output = directory.resolve("h.seqtk.tsv");

        assertThat(run("count", "--format", "seqtk", "--split-size", "5", "-p", "2", "-o",
                output.toString(), input.toString())).as(errors.toString()).isZero();

        // seqtk comp h.fa (seqtk 1.3, Debian)
        assertThat(Files.readString(output, StandardCharsets.ISO_8859_1)).isEqualTo("""
                \t4\t1\t1\t1\t1\t0\t0\t0\t2\t0\t0\t0
                \t2\t1\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0
                \t2\t0\t0\t2\t0\t0\t0\t0\t0\t0\t0\t0
                x\t1\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
                q\t1\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0
                plain\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0
                \t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
                last\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
                """);
        assertThat(run("count", "-o", directory.resolve("h.tsv").toString(), input.toString()))
                .isZero();
        assertThat(Files.readAllLines(directory.resolve("h.tsv")).get(1))
                .as("facount keeps samtools' name").startsWith("foo\t4\t");
    }

    @Test
    void missingInputFailsWithOneLineNamingTheFile() {
        Path missing = directory.resolve("nope.fa");

        assertThat(run("count", missing.toString())).isEqualTo(1);
        assertThat(errors.toString()).isEqualTo("mapchunk: " + missing + ": no such file or not accessible\n");
    }

    @Test
    void directoryInputIsRefused() {
        assertThat(run("count", directory.toString())).isEqualTo(1);
        assertThat(errors.toString()).contains("is a directory").hasLineCount(1);
    }

    @Test
    void bgzfCompressedBamIsNamedAndRefused() throws Exception {
        Path input = Files.write(directory.resolve("reads.bam"),
                BgzfWriter.bgzf("BAM\1rest of a header".getBytes(StandardCharsets.US_ASCII), 100, 6));

        assertThat(run("count", input.toString())).isEqualTo(1);
        assertThat(errors.toString()).contains("BAM").contains("not supported").hasLineCount(1);
    }

    @Test
    void unknownOptionAndMissingCommandAreUsageErrors() {
        assertThat(run("count", "--no-such-option", "x.fa")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("count", "--split-size", "lots", "x.fa")).isEqualTo(2);
    }

    @Test
    void outputOntoTheInputIsRefusedBeforeReading() throws Exception {
        Path input = Files.writeString(directory.resolve("in.fa"), ">x\nACGT\n");

        assertThat(run("count", "-o", input.toString(), input.toString())).isEqualTo(1);
        assertThat(Files.readString(input)).isEqualTo(">x\nACGT\n");
        assertThat(errors.toString()).contains("overwrite the input");
    }

    @Test
    void failedJobLeavesThePreviousResultInPlace() throws Exception {
        Path input = Files.writeString(directory.resolve("bad.fa"), "\n  \n>x\nACGT\n");
        Path output = Files.writeString(directory.resolve("counts.tsv"), "previous result\n");

        assertThat(run("count", "-o", output.toString(), input.toString())).isEqualTo(1);

        assertThat(errors.toString()).contains("before the first '>' header").hasLineCount(1);
        assertThat(Files.readString(output)).isEqualTo("previous result\n");
        try (var files = Files.list(directory)) {
            assertThat(files).hasSize(2);
        }
    }
}
