package io.mapchunk.cli;

import io.mapchunk.analysis.index.IndexBuildTest;
import io.mapchunk.io.BgzfBlocks;
import io.mapchunk.testing.BgzfWriter;
import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.RandomFasta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands on BGZF and gzip input: the same results as on the uncompressed twin, {@code index}
 * byte-identical to {@code samtools faidx} (a fixture it made), and one line, exit 1 and nothing
 * written for every kind of bad compressed input.
 */
class CompressedCommandsTest extends CommandLineTest {

    /** Made by {@code bgzip -c fixture.fa > fixture.fa.gz; samtools faidx fixture.fa.gz} (1.16). */
    private static final String FIXTURE = "/bgzf/fixture.fa.gz";

    @Test
    void indexOfBgzfIsByteIdenticalToSamtoolsFaidx() throws Exception {
        Path input = resource(FIXTURE, directory.resolve("fixture.fa.gz"));

        assertThat(run("index", "-p", "2", "--split-size", "20000", input.toString()))
                .as(errors.toString()).isZero();

        assertThat(Files.readAllBytes(directory.resolve("fixture.fa.gz.fai")))
                .isEqualTo(bytes(FIXTURE + ".fai"));
        assertThat(Files.readAllBytes(directory.resolve("fixture.fa.gz.gzi")))
                .isEqualTo(bytes(FIXTURE + ".gzi"));
    }

    @Test
    void samtoolsIndexesBesideBgzfAreUsedBySample() throws Exception {
        Path input = resource(FIXTURE, directory.resolve("fixture.fa.gz"));
        resource(FIXTURE + ".fai", directory.resolve("fixture.fa.gz.fai"));
        resource(FIXTURE + ".gzi", directory.resolve("fixture.fa.gz.gzi"));
        Path plain = Files.write(directory.resolve("plain.fa"), inflate(bytes(FIXTURE)));

        assertThat(run("sample", "-n", "300", "-l", "70", "--seed", "5", "--format", "fasta",
                "-o", directory.resolve("z.out").toString(), input.toString()))
                .as(errors.toString()).isZero();
        assertThat(run("sample", "-n", "300", "-l", "70", "--seed", "5", "--format", "fasta",
                "-o", directory.resolve("p.out").toString(), plain.toString()))
                .as(errors.toString()).isZero();

        assertThat(Files.readString(directory.resolve("z.out")))
                .isEqualTo(Files.readString(directory.resolve("p.out")));
    }

    @Test
    void countGcAndSampleOfBgzfEqualThoseOfTheUncompressedTwin() throws Exception {
        byte[] fasta = IndexBuildTest.randomFasta(new Random(11), 1);
        Path plain = Files.write(directory.resolve("twin.fa"), fasta);
        Path compressed = Files.write(directory.resolve("twin.bgz"), BgzfWriter.bgzf(fasta, 37, 6));

        for (String[] command : new String[][] {
            {"count", "--format", "seqtk", "-p", "2", "--split-size", "50"},
            {"gc", "-w", "7", "-s", "3", "--format", "tsv", "-p", "2", "--split-size", "50"},
            {"sample", "-n", "50", "-l", "3", "--seed", "9", "--format", "tsv", "-p", "2"},
            {"sample", "--scan", "-n", "20", "--where", "gc", "--seed", "9", "-p", "2"}}) {
            String expected = output(command, plain);
            assertThat(output(command, compressed)).as(String.join(" ", command))
                    .isEqualTo(expected);
        }
    }

    @Test
    void plainGzipIsCountedByOneReaderWithANote() throws Exception {
        byte[] fasta = RandomFasta.generate(21);
        Path input = Files.write(directory.resolve("g.fa.gz"), BgzfWriter.gzip(fasta, 3));
        Path output = directory.resolve("g.tsv");

        String note = stderr(() -> assertThat(run("count", "-p", "2", "--split-size", "10",
                "-o", output.toString(), input.toString())).as(errors.toString()).isZero());

        assertThat(Files.readString(output, StandardCharsets.ISO_8859_1))
                .isEqualTo(NaiveCounts.facount(NaiveCounts.fasta(fasta)));
        assertThat(note).contains("plain gzip").contains("bgzip").hasLineCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index", "sample"})
    void plainGzipIsRefusedWhereBasesAreReadByPosition(String command) throws Exception {
        Path input = Files.write(directory.resolve("g.fa.gz"),
                BgzfWriter.gzip(">a\nACGT\n".getBytes(StandardCharsets.US_ASCII), 1));

        int exit = command.equals("index") ? run("index", input.toString())
                : run("sample", "-n", "1", "-o", directory.resolve("s.out").toString(),
                        input.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(errors.toString()).contains("plain gzip").contains("bgzip").hasLineCount(1);
        assertThat(listing()).containsExactly("g.fa.gz");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "truncated|truncated: the BGZF block at byte",
        "no-eof|without its end-of-file marker block",
        "crc|CRC mismatch",
        "deflate|corrupt BGZF block at byte 0",
        "isize|corrupt BGZF block at byte 0",
        "gzip-truncated|corrupt or truncated gzip data",
        "gzip-crc|corrupt or truncated gzip data"})
    void badCompressedInputFailsWithOneLineAndWritesNothing(String fault, String problem)
            throws Exception {
        byte[] fasta = RandomFasta.generate(3);
        byte[] file = fault.startsWith("gzip") ? BgzfWriter.gzip(fasta, 2)
                : BgzfWriter.bgzf(fasta, 500, 6);
        byte[] bad = switch (fault) {
            case "truncated" -> Arrays.copyOf(file, file.length / 2);
            case "no-eof" -> Arrays.copyOf(file, file.length - BgzfWriter.EOF_BLOCK.length);
            case "crc" -> flip(file, firstBlockEnd(file) - 8);
            case "deflate" -> flip(file, 20);
            case "isize" -> flip(file, firstBlockEnd(file) - 4);
            case "gzip-truncated" -> Arrays.copyOf(file, file.length - 12);
            case "gzip-crc" -> flip(file, file.length - 6);
            default -> throw new IllegalArgumentException(fault);
        };
        Path input = Files.write(directory.resolve("bad.fa.gz"), bad);

        int exit = run("count", "-o", directory.resolve("out.tsv").toString(), input.toString());

        assertThat(exit).as(fault).isEqualTo(1);
        assertThat(errors.toString()).as(fault).startsWith("mapchunk: " + input)
                .contains(problem).hasLineCount(1);
        assertThat(listing()).as(fault).containsExactly("bad.fa.gz");
    }

    @Test
    void foreignGziIsRefusedAndIndexReplacesIt() throws Exception {
        byte[] fasta = IndexBuildTest.randomFasta(new Random(8), 2);
        Path input = Files.write(directory.resolve("x.fa.gz"), BgzfWriter.bgzf(fasta, 300, 6));
        Path gzi = directory.resolve("x.fa.gz.gzi");
        Files.write(gzi, gzi(new long[] {100, 7}, new long[] {2000, 800}));

        assertThat(run("count", "-o", directory.resolve("x.tsv").toString(), input.toString()))
                .isEqualTo(1);
        assertThat(errors.toString()).contains(gzi + " does not match").hasLineCount(1);
        assertThat(listing()).containsExactlyInAnyOrder("x.fa.gz", "x.fa.gz.gzi");

        errors.getBuffer().setLength(0);
        assertThat(run("index", input.toString())).as(errors.toString()).isZero();
        assertThat(run("count", "-o", directory.resolve("x.tsv").toString(), input.toString()))
                .as(errors.toString()).isZero();
        assertThat(Files.readString(directory.resolve("x.tsv"), StandardCharsets.ISO_8859_1))
                .isEqualTo(NaiveCounts.facount(NaiveCounts.fasta(fasta)));
    }

    @Test
    void gziWithAShiftedUncompressedOffsetIsRefusedWhenItsBlockIsRead() throws Exception {
        byte[] fasta = IndexBuildTest.randomFasta(new Random(4), 1);
        Path input = Files.write(directory.resolve("y.fa.gz"), BgzfWriter.bgzf(fasta, 10, 6));
        ByteArrayOutputStream gzi = new ByteArrayOutputStream();
        BgzfBlocks.walk(input).writeGzi(gzi);
        ByteBuffer entries = ByteBuffer.wrap(gzi.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(entries.getLong(0)).as("blocks listed").isGreaterThan(2);
        entries.putLong(8 + 16 + 8, entries.getLong(8 + 16 + 8) + 1); // second entry, one byte on
        Files.write(BgzfBlocks.gziPath(input), entries.array());

        assertThat(run("count", "-o", directory.resolve("y.tsv").toString(), input.toString()))
                .isEqualTo(1);

        assertThat(errors.toString()).contains(BgzfBlocks.gziPath(input) + " does not match")
                .hasLineCount(1);
        assertThat(listing()).containsExactlyInAnyOrder("y.fa.gz", "y.fa.gz.gzi");
    }

    @Test
    void reportOfBgzfHasTheTwinsCompositionTable() throws Exception {
        byte[] fasta = ">one\nACGTacgtNNCG\nGGCCAT\n>two x\nTTTTGCGCGA\nA\n"
                .getBytes(StandardCharsets.US_ASCII);
        Path plain = Files.write(directory.resolve("r.fa"), fasta);
        Path compressed = Files.write(directory.resolve("r.fa.gz"), BgzfWriter.bgzf(fasta, 7, 6));

        String[] tables = new String[2];
        Path[] inputs = {plain, compressed};
        for (int i = 0; i < 2; i++) {
            Path output = directory.resolve("report" + i + ".html");
            assertThat(run("report", "-p", "2", "--split-size", "9", "-o", output.toString(),
                    inputs[i].toString())).as(errors.toString()).isZero();
            String html = Files.readString(output);
            tables[i] = html.substring(html.indexOf("<table"), html.lastIndexOf("</table>"));
        }
        assertThat(tables[1]).isEqualTo(tables[0]);
    }

    @Test
    void staleFaiBesideBgzfIsRefused() throws Exception {
        Path input = resource(FIXTURE, directory.resolve("fixture.fa.gz"));
        Files.writeString(directory.resolve("fixture.fa.gz.fai"), "tiny\t7\t248023\t5\t6\n");

        assertThat(run("sample", "-n", "3", "--seed", "1", "-o",
                directory.resolve("s.out").toString(), input.toString())).isEqualTo(1);

        assertThat(errors.toString()).contains("does not match").hasLineCount(1);
        assertThat(listing()).containsExactlyInAnyOrder("fixture.fa.gz", "fixture.fa.gz.fai");
    }

    private String output(String[] command, Path input) throws IOException {
        Path output = directory.resolve(input.getFileName() + "." + command[0] + ".out");
        String[] args = Stream.concat(Arrays.stream(command),
                Stream.of("-o", output.toString(), input.toString())).toArray(String[]::new);
        assertThat(run(args)).as(errors.toString()).isZero();
        String text = Files.readString(output, StandardCharsets.ISO_8859_1);
        Files.delete(output);
        Files.deleteIfExists(Path.of(input + ".fai"));
        return text;
    }

    private static byte[] gzi(long[] compressed, long[] uncompressed) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + 16 * compressed.length)
                .order(ByteOrder.LITTLE_ENDIAN).putLong(compressed.length);
        for (int i = 0; i < compressed.length; i++) {
            buffer.putLong(compressed[i]).putLong(uncompressed[i]);
        }
        return buffer.array();
    }

    private static int firstBlockEnd(byte[] bgzf) {
        return ((bgzf[16] & 0xff) | (bgzf[17] & 0xff) << 8) + 1;
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x5a;
        return copy;
    }

    private String stderr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private java.util.List<String> listing() throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static byte[] inflate(byte[] gzip) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = CompressedCommandsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Path resource(String resource, Path target) throws IOException {
        return Files.write(target, bytes(resource));
    }
}
