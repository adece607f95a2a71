package io.mapchunk.cli;

import io.mapchunk.cli.output.HtmlReport;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report of a synthetic 100,000-contig assembly: under 3 MB, rendered by headless Chromium
 * within 5 s (beyond Chromium's own start-up, timed on a blank page), holding the summary, the four
 * pictures and every sequence in the table. The screenshot is kept in
 * {@code target/report-100k-contigs.png} for a person to look at.
 */
class AssemblyReportTest extends CommandLineTest {

    private static final Logger LOG = LoggerFactory.getLogger(AssemblyReportTest.class);
    private static final int CONTIGS = 100_000;
    private static final String[] CHROMIUM_FLAGS = {"--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1000,2600"};

    @Test
    void reportOfHundredThousandContigsIsSmallRendersQuicklyAndListsEverySequence()
            throws Exception {
        File chromium = new File("/usr/bin/chromium");
        assumeTrue(chromium.canExecute(), "Debian chromium not installed");
        Path input = directory.resolve("contigs.fa");
        writeAssembly(input, new Random(16));
        Path page = directory.resolve("contigs.html");

        assertThat(run("report", "-p", "2", "-o", page.toString(), input.toString()))
                .as(errors.toString()).isZero();

        long bytes = Files.size(page);
        assertThat(bytes).as("report size").isLessThan(3_000_000);
        Path blank = Files.writeString(directory.resolve("blank.html"),
                "<!DOCTYPE html><html><body>blank</body></html>");
        render(blank, directory.resolve("blank.png")); // warms the profile up
        double blankSeconds = render(blank, directory.resolve("blank.png"));
        Path screenshot = directory.resolve("report.png");
        double reportSeconds = render(page, screenshot);
        LOG.info("100,000-contig report: {} bytes; headless Chromium screenshot {} s (blank page"
                + " {} s)", bytes, reportSeconds, blankSeconds);
        Files.copy(screenshot, Path.of("target", "report-100k-contigs.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(reportSeconds - blankSeconds).as("render time beyond Chromium's start-up, s"
                + " (report %.2f s, blank page %.2f s)", reportSeconds, blankSeconds)
                .isLessThan(5);

        String dom = dom(page);
        assertThat(dom).contains("<dl id=\"summary\">", "<dt>N50 (L50)</dt>",
                "<svg class=\"length-histogram\"", "<svg class=\"nx-curve\"",
                "<svg class=\"gc-length\"", "<div id=\"sequences\">");
        assertThat(count(dom, "<svg class=\"gc-plot\"")).as("GC plots")
                .isEqualTo(HtmlReport.MAX_PLOTS);
        assertThat(dom).doesNotContain("<script", "<link", "src=", "url(");
        Matcher list = Pattern.compile("<div id=\"sequences\">(.*?)</div>", Pattern.DOTALL)
                .matcher(dom);
        assertThat(list.find()).isTrue();
        assertThat(count(list.group(1), "contig_")).as("sequences listed").isEqualTo(CONTIGS);
        assertThat(list.group(1)).contains("contig_1\t", "contig_100000\t");
    }

    /**
     * 100,000 contigs with log-normal lengths (median 250 bp, a few up to ~50 kb), each with its
     * own GC; some hold an N run.
     */
    private static void writeAssembly(Path file, Random random) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            byte[] line = new byte[81];
            for (int contig = 1; contig <= CONTIGS; contig++) {
                out.write((">contig_" + contig + "\n").getBytes(StandardCharsets.US_ASCII));
                long length = Math.max(1, Math.round(Math.exp(Math.log(250)
                        + 1.1 * random.nextGaussian())));
                double gc = Math.min(0.8, Math.max(0.2, 0.42 + 0.06 * random.nextGaussian()));
                long gapAt = random.nextInt(20) == 0 ? random.nextLong(length) : -1;
                int column = 0;
                for (long i = 0; i < length; i++) {
                    byte base;
                    if (gapAt >= 0 && i >= gapAt && i < gapAt + 100) {
                        base = 'N';
                    } else if (random.nextDouble() < gc) {
                        base = random.nextBoolean() ? (byte) 'G' : (byte) 'C';
                    } else {
                        base = random.nextBoolean() ? (byte) 'A' : (byte) 'T';
                    }
                    line[column++] = base;
                    if (column == 80) {
                        line[column] = '\n';
                        out.write(line, 0, 81);
                        column = 0;
                    }
                }
                if (column > 0) {
                    line[column] = '\n';
                    out.write(line, 0, column + 1);
                }
            }
        }
    }

    /** Seconds headless Chromium takes to load, lay out and screenshot {@code page}. */
    private double render(Path page, Path screenshot) throws Exception {
        long started = System.nanoTime();
        Process process = chromium("--screenshot=" + screenshot, page);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(screenshot).exists();
        return seconds;
    }

    private String dom(Path page) throws Exception {
        Path dom = directory.resolve("dom.html");
        Process process = new ProcessBuilder(command("--dump-dom", page))
                .redirectOutput(dom.toFile())
                .redirectError(directory.resolve("chromium-dom.log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    private Process chromium(String action, Path page) throws IOException {
        return new ProcessBuilder(command(action, page))
                .redirectOutput(directory.resolve("chromium.out").toFile())
                .redirectError(directory.resolve("chromium.log").toFile())
                .start();
    }

    private String[] command(String action, Path page) throws IOException {
        Path profile = Files.createDirectories(directory.resolve("profile"));
        String[] command = new String[CHROMIUM_FLAGS.length + 4];
        command[0] = "/usr/bin/chromium";
        System.arraycopy(CHROMIUM_FLAGS, 0, command, 1, CHROMIUM_FLAGS.length);
        command[CHROMIUM_FLAGS.length + 1] = "--user-data-dir=" + profile;
        command[CHROMIUM_FLAGS.length + 2] = action;
        command[CHROMIUM_FLAGS.length + 3] = page.toUri().toString();
        return command;
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
