package io.mapchunk.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stats}, {@code count} and {@code gc} on FASTQ through the real command line. stats byte
 * for byte against {@code seqkit stats -a -T} outputs checked in under {@code
 * src/test/resources/reads} (Debian's seqkit 2.3.0, not needed here) on bowtie2's example reads
 * (gzip as shipped, a BGZF copy, 500 long reads) and edge cases (empty reads, alphabet guesses,
 * qualities beginning with {@code @} and {@code +}, CRLF, gaps).
 */
class ReadsCommandsTest extends CommandLineTest {

    private static final String HEADER = "file\tformat\ttype\tnum_seqs\tsum_len\tmin_len\tavg_len"
            + "\tmax_len\tQ1\tQ2\tQ3\tsum_gap\tN50\tQ20(%)\tQ30(%)\tGC(%)\n";
    /** Too large for one-byte splits; checked at split sizes that still cut them many times. */
    private static final Set<String> LARGE =
            Set.of("reads_1.fq.gz", "reads_2.bgzf.fq.gz", "longreads_500.fq");

    @Test
    void smallFastqMatchesSeqkitByteForByteAtAnySplitSize() throws Exception {
        statsMatchSeqkit(false, List.of("1", "5", "4099", "256m"));
    }

    @Test
    void bowtieReadsMatchSeqkitByteForByte() throws Exception {
        statsMatchSeqkit(true, List.of("20k", "256m"));
    }

    @Test
    void fastaAndFastqInOneRunGiveOneRowEach() throws Exception {
        Path fasta = directory.resolve("x.fa");
        Files.writeString(fasta, ">x\nACGTN\n");
        Path fastq = copy("gaps_qualities.fq");
        Path output = directory.resolve("mixed.tsv");

        assertThat(run("stats", "-o", output.toString(), fasta.toString(), fastq.toString()))
                .as(errors.toString()).isZero();

        assertThat(Files.readString(output)).isEqualTo(HEADER
                + fasta + "\tFASTA\tDNA\t1\t5\t5\t5.0\t5\t2.5\t5.0\t2.5\t0\t5\t0.00\t0.00\t40.00\n"
                + fastq + "\tFASTQ\tDNA\t2\t8\t4\t4.0\t4\t2.0\t4.0\t2.0\t2\t4\t75.00\t62.50\t37.50\n");
    }

    @Test
    void jsonHasMeanQualitiesBothWaysAndTheLengthHistogram() throws Exception {
        // qualities !+5? (Phred 0 10 20 30) and @@@@ (31 x 4)
        Path fastq = copy("gaps_qualities.fq");
        Path output = directory.resolve("q.json");
        double errors = 1 + 0.1 + 0.01 + 0.001 + 4 * Math.pow(10, -3.1);

        assertThat(run("stats", "--format", "json", "-o", output.toString(), fastq.toString()))
                .as(this.errors.toString()).isZero();

        assertThat(Files.readString(output)).contains("\"N50\": 4, ")
                .contains("\"reads\": {\"Q20\": 75.0, \"Q30\": 62.5, \"mean_quality\": "
                        + -10 * Math.log10(errors / 8) + ", \"mean_phred\": 23.0,"
                        + " \"length_histogram\": [[4, 2]]}")
                .doesNotContain("n_runs");
    }

    @Test
    void countPrintsTotalsOnlyInEveryLayout() throws Exception {
        Path fastq = copy("reads_1.fq.gz");
        // seqtk comp /tmp/r1.fq summed over its rows; faCount's cpg is half seqtk's #CpG
        String facount = "#seq\tlen\tA\tC\tG\tT\tN\tcpg\n"
                + "total\t1088399\t266248\t265243\t264740\t266167\t26001\t66766\n";
        String seqtk = "total\t1088399\t266248\t265243\t264740\t266167\t0\t0\t26001\t133532\t0\t0"
                + "\t0\n";

        assertThat(count(fastq, "facount")).isEqualTo(facount);
        assertThat(count(fastq, "seqtk")).isEqualTo(seqtk);
        assertThat(count(fastq, "json")).contains("\"reads\": 10000,\n  \"sequences\": [\n  ],")
                .contains("\"CG\": 66766").contains("\"length\": 1088399, \"A\": 266248");
    }

    @Test
    void gcRefusesFastqInOneLine() throws Exception {
        Path fastq = copy("gaps_qualities.fq");

        assertThat(run("gc", "--window", "100", fastq.toString())).isEqualTo(1);

        assertThat(errors.toString()).isEqualTo("mapchunk: " + fastq + ": FASTQ reads have no"
                + " sequence to cut into gc windows; count and stats give their GC\n");
    }

    private void statsMatchSeqkit(boolean large, List<String> splits) throws Exception {
        List<String> arguments = new ArrayList<>();
        StringBuilder expected = new StringBuilder(HEADER);
        for (String row : resourceLines("reads.seqkit.tsv").subList(1, 16)) {
            String name = row.substring(0, row.indexOf('\t'));
            if (LARGE.contains(name) == large) {
                arguments.add(copy(name).toString());
                expected.append(directory.resolve(name)).append(row.substring(name.length()))
                        .append('\n');
            }
        }
        for (String split : splits) {
            Path output = directory.resolve("stats-" + split + ".tsv");
            List<String> command = new ArrayList<>(List.of("stats", "-p", "3", "--split-size",
                    split, "-o", output.toString()));
            command.addAll(arguments);

            assertThat(run(command.toArray(String[]::new))).as(errors.toString()).isZero();

            assertThat(Files.readString(output, StandardCharsets.ISO_8859_1)).as("split " + split)
                    .isEqualTo(expected.toString());
        }
    }

    private String count(Path input, String format) throws IOException {
        Path output = directory.resolve("count." + format);
        assertThat(run("count", "--format", format, "-p", "2", "--split-size", "100k", "-o",
                output.toString(), input.toString())).as(errors.toString()).isZero();
        return Files.readString(output);
    }

    private Path copy(String name) throws IOException {
        Path copy = directory.resolve(name);
        if (!Files.exists(copy)) {
            try (InputStream in = resource(name)) {
                Files.copy(in, copy);
            }
        }
        return copy;
    }

    private static InputStream resource(String name) {
        InputStream in = ReadsCommandsTest.class.getResourceAsStream("/reads/" + name);
        assertThat(in).as("resource " + name).isNotNull();
        return in;
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\n"));
        }
    }
}
