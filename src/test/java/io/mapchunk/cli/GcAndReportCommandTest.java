package io.mapchunk.cli;

import io.mapchunk.testing.NaiveWindows;
import io.mapchunk.testing.UniformFasta;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The gc and report command lines: layouts, the index they build, and the page in a browser. */
class GcAndReportCommandTest extends CommandLineTest {

    @Test
    void bedGraphIsSortedTilingAndSkipsWindowsWithoutCalledBases() throws Exception {
        Path input = Files.writeString(directory.resolve("g.fa"),
                ">a\nACGTACGTGG\nNNNNNNNNNN\nNNNNNCCCGG\nAT\n>empty\n>b\nggcc\n");
        Path output = directory.resolve("g.bedgraph");

        assertThat(run("gc", "-w", "10", "-p", "2", "--split-size", "7", "-o", output.toString(),
                input.toString())).as(errors.toString()).isZero();

        // no .fai beside the input: the command builds one in memory and leaves none behind
        assertThat(Files.exists(directory.resolve("g.fa.fai"))).isFalse();
        assertThat(Files.readString(output)).isEqualTo("""
                a\t0\t10\t0.600000
                a\t20\t30\t1.000000
                a\t30\t32\t0.000000
                b\t0\t4\t1.000000
                """);
    }

    @Test
    void tsvHasBedtoolsNucColumnsAndNaForAllNWindows() throws Exception {
        UniformFasta fasta = UniformFasta.generate(21);
        Path input = Files.write(directory.resolve("u.fa"), fasta.bytes());
        Path output = directory.resolve("u.tsv");

        assertThat(run("gc", "--format", "tsv", "-w", "100", "-s", "40", "-p", "2",
                "--split-size", "300", "-o", output.toString(), input.toString()))
                .as(errors.toString()).isZero();

        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("#1_usercol\t2_usercol\t3_usercol\t4_pct_at\t5_pct_gc"
                + "\t6_num_A\t7_num_C\t8_num_G\t9_num_T\t10_num_N\t11_num_oth\t12_seq_len");
        List<String> expected = new ArrayList<>();
        for (String w : NaiveWindows.of(names(fasta), fasta.sequences(), 100, 40)) {
            String[] f = w.split(" ");
            long a = Long.parseLong(f[3]);
            long c = Long.parseLong(f[4]);
            long g = Long.parseLong(f[5]);
            long t = Long.parseLong(f[6]);
            long length = Long.parseLong(f[2]) - Long.parseLong(f[1]);
            boolean called = a + c + g + t > 0;
            expected.add(String.join("\t", f[0], f[1], f[2],
                    called ? String.format("%.6f", (float) (a + t) / length) : "NA",
                    called ? String.format("%.6f", (float) (c + g) / length) : "NA",
                    f[3], f[4], f[5], f[6], f[7], f[8], String.valueOf(length)));
        }
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void tsvCountsUAsTAsBedtoolsNucDoes() throws Exception {
        Path input = Files.writeString(directory.resolve("rna.fa"), ">r1\nACGUUuuTNXacgt\n>r2\nuuuu\n");
        Path output = directory.resolve("rna.tsv");

        assertThat(run("gc", "--format", "tsv", "-w", "6", "-s", "6", "-o", output.toString(),
                input.toString())).as(errors.toString()).isZero();

        // bedtools 2.30.0: bedtools nuc -fi rna.fa -bed (the same four windows)
        assertThat(Files.readAllLines(output).subList(1, 5)).containsExactly(
                "r1\t0\t6\t0.666667\t0.333333\t1\t1\t1\t3\t0\t0\t6",
                "r1\t6\t12\t0.500000\t0.166667\t1\t1\t0\t2\t1\t1\t6",
                "r1\t12\t14\t0.500000\t0.500000\t0\t0\t1\t1\t0\t0\t2",
                "r2\t0\t4\t1.000000\t0.000000\t0\t0\t0\t4\t0\t0\t4");
    }

    @Test
    void reportHasOneRowAndOnePlotPerSequenceAndFetchesNothing() throws Exception {
        UniformFasta fasta = UniformFasta.generate(5);
        Path input = Files.write(directory.resolve("r.fa"), fasta.bytes());
        Path output = directory.resolve("report.html");

        assertThat(run("report", "-p", "2", "-o", output.toString(), input.toString()))
                .as(errors.toString()).isZero();

        String html = Files.readString(output);
        int sequences = fasta.index().size();
        assertThat(count(html, "<tr class=\"sequence\">")).isEqualTo(sequences);
        assertThat(count(html, "<svg class=\"gc-plot\"")).isEqualTo(sequences);
        assertThat(html).doesNotContain("<script", "<link", "src=", "@import", "url(");
        for (String name : names(fasta)) {
            assertThat(html).contains("<td>" + name + "</td>");
        }
    }

    @Test
    void reportListsEmptyRecordsThatTheIndexLeavesOut() throws Exception {
        Path input = Files.writeString(directory.resolve("e.fa"),
                ">a\nACGTACGTGG\n>empty\n>b\nggccAT\n>last-empty\n");
        Path output = directory.resolve("e.html");

        assertThat(run("report", "-w", "4", "--split-size", "5", "-p", "2", "-o",
                output.toString(), input.toString())).as(errors.toString()).isZero();

        String html = Files.readString(output);
        assertThat(count(html, "<tr class=\"sequence\">")).isEqualTo(4);
        assertThat(count(html, "<svg class=\"gc-plot\"")).isEqualTo(2);
        assertThat(html).contains("<h3>a</h3>").contains("<h3>b</h3>")
                .doesNotContain("<h3>empty</h3>");
    }

    @Test
    void reportRendersInHeadlessChromiumWithTableRowsAndPlots() throws Exception {
        File chromium = new File("/usr/bin/chromium");
        assumeTrue(chromium.canExecute(), "Debian chromium not installed");
        UniformFasta fasta = UniformFasta.generate(8);
        Path input = Files.write(directory.resolve("c.fa"), fasta.bytes());
        Path output = directory.resolve("c.html");
        assertThat(run("report", "-o", output.toString(), input.toString()))
                .as(errors.toString()).isZero();

        String dom = chromiumDom(output);

        int sequences = fasta.index().size();
        assertThat(count(dom, "<tr class=\"sequence\">")).as(dom).isEqualTo(sequences);
        assertThat(count(dom, "<svg class=\"gc-plot\"")).isEqualTo(sequences);
        long nonEmpty = fasta.sequences().stream().filter(s -> s.chars()
                .anyMatch(ch -> "ACGTacgt".indexOf(ch) >= 0)).count();
        assertThat(sectionsWithLine(dom)).as("plots with a GC line").isEqualTo(nonEmpty);
    }

    private static long sectionsWithLine(String dom) {
        Matcher sections = Pattern.compile("<section class=\"plot\">(.*?)</section>", Pattern.DOTALL)
                .matcher(dom);
        long withLine = 0;
        while (sections.find()) {
            if (sections.group(1).contains("<polyline")) {
                withLine++;
            }
        }
        return withLine;
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> names(UniformFasta fasta) {
        return fasta.index().entries().stream().map(e -> e.name()).toList();
    }
}
