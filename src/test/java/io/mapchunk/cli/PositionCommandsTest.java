package io.mapchunk.cli;

import io.mapchunk.testing.NaivePositions;
import io.mapchunk.testing.NaiveReads;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code count --per-position} and {@code report} on FASTQ through the command line on the
 * mini-cluster: the table's layout, its json, the usage line on a FASTA input, and the reads page
 * with its fixed-size pictures, also as headless Chromium lays it out.
 */
class PositionCommandsTest extends CommandLineTest {

    @Test
    void perPositionTableHasItsHeaderAndNaiveRowsOverSeveralSplits() throws Exception {
        byte[] fastq = reads(150, 60, 3);
        Path input = Files.write(directory.resolve("r.fq"), fastq);
        Path output = directory.resolve("r.tsv");

        assertThat(run("count", "--per-position", "-p", "2", "--split-size", "2k", "-o",
                output.toString(), input.toString())).as(errors.toString()).isZero();

        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("#base\tbases\tA\tC\tG\tT\tN\tmean\tmedian"
                + "\tlower_quartile\tupper_quartile\t10th_percentile\t90th_percentile");
        assertThat(lines.subList(1, lines.size()))
                .containsExactlyElementsOf(NaivePositions.positionRows(NaiveReads.reads(fastq)));
    }

    @Test
    void perPositionJsonHoldsCountsFiguresAndHistograms() throws Exception {
        Path input = Files.write(directory.resolve("r.fq"), reads(120, 5, 4));
        Path output = directory.resolve("r.json");

        assertThat(run("count", "--per-position", "--format", "json", "-o", output.toString(),
                input.toString())).as(errors.toString()).isZero();

        String json = Files.readString(output);
        assertThat(json).contains("\"longest\": 5, \"exact_positions\": 1000, \"bin_width\": 1")
                .contains("{\"first\": 1, \"last\": 1, \"bases\": 120, \"counts\": {\"A\": ")
                .contains("\"median\": ").contains("\"histogram\": [");
        assertThat(json.split("\"first\": ", -1)).hasSize(6);
    }

    @Test
    void perPositionOnFastaIsOneUsageLine() throws Exception {
        Path input = Files.writeString(directory.resolve("g.fa"), ">a\nACGT\n");

        assertThat(run("count", "--per-position", input.toString())).isEqualTo(2);
        assertThat(errors.toString()).startsWith("mapchunk: --per-position needs a FASTQ input; "
                + input + " is FASTA\n");
    }

    @Test
    void readsReportHasSummaryAndFixedSizePictures() throws Exception {
        Path input = Files.write(directory.resolve("r.fq"), reads(200, 40, 5));
        Path output = directory.resolve("r.html");

        assertThat(run("report", "-p", "2", "--split-size", "3k", "-o", output.toString(),
                input.toString())).as(errors.toString()).isZero();

        String html = Files.readString(output);
        assertThat(html).contains("<dt>reads</dt><dd>200</dd>")
                .contains("<dt>bases</dt><dd>8,000 bp</dd>")
                .contains("<table id=\"dinucleotides\">");
        for (String picture : List.of("read-lengths", "quality-box-plot", "base-content",
                "read-gc")) {
            assertThat(html).contains("<svg class=\"" + picture + "\" xmlns=\"http://www.w3.org"
                    + "/2000/svg\" width=\"900\" height=\"260\"");
        }
        assertThat(count(html, "<rect class=\"box\"")).as("a box per position").isEqualTo(40);
    }

    @Test
    void readsReportRendersInHeadlessChromium() throws Exception {
        File chromium = new File("/usr/bin/chromium");
        assumeTrue(chromium.canExecute(), "Debian chromium not installed");
        Path input = Files.write(directory.resolve("r.fq"), reads(150, 30, 6));
        Path output = directory.resolve("r.html");
        assertThat(run("report", "-o", output.toString(), input.toString()))
                .as(errors.toString()).isZero();

        String dom = chromiumDom(output);

        assertThat(count(dom, "<rect class=\"box\"")).as(dom).isEqualTo(30);
        assertThat(count(dom, "<polyline class=\"base-")).isEqualTo(5);
        assertThat(dom).contains("<polyline class=\"quality-mean\"").contains("</table>");
    }

    /** {@code count} reads of {@code length} random bases and qualities, some of them lowercase or N. */
    private static byte[] reads(int count, int length, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < count; r++) {
            out.append("@read").append(r).append('\n');
            for (int i = 0; i < length; i++) {
                out.append("ACGTacgtN".charAt(random.nextInt(9)));
            }
            out.append("\n+\n");
            for (int i = 0; i < length; i++) {
                out.append((char) ('!' + random.nextInt(42)));
            }
            out.append('\n');
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
