package io.mapchunk.analysis.index;

import io.mapchunk.NaiveFasta;
import io.mapchunk.format.FaiEntry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The line scanner and record joiner against the naive reference, on random FASTA records cut into
 * random pieces (as splits and chunks cut them), including CRLF, lowercase, IUPAC, blank lines,
 * unterminated last lines and uneven lines.
 */
public class IndexBuildTest {

    /** A random FASTA text and a random set of cut points. */
    record Case(byte[] file, long seed) {}

    @Provide
    Arbitrary<Case> fastas() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 9))
                .as((seed, flavour) -> new Case(randomFasta(new Random(seed), flavour), seed));
    }

    public static byte[] randomFasta(Random random, int flavour) {
        StringBuilder text = new StringBuilder();
        boolean crlf = flavour % 3 == 0;
        String eol = crlf ? "\r\n" : "\n";
        int records = 1 + random.nextInt(5);
        String alphabet = "ACGTNacgtnRYKMSWBDHV";
        for (int r = 0; r < records; r++) {
            text.append('>').append("seq").append(r).append(random.nextBoolean() ? " some words" : "")
                    .append(eol);
            int width = 1 + random.nextInt(12);
            int length = random.nextInt(6) == 0 ? 0 : random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                if ((i + 1) % width == 0 && i + 1 < length) {
                    text.append(eol);
                }
            }
            boolean last = r == records - 1;
            if (length > 0 && !(last && random.nextInt(4) == 0)) {
                text.append(eol);
            }
            if (length > 0 && random.nextInt(4) == 0) {
                text.append(eol).append(random.nextBoolean() ? eol : "");
            }
            if (flavour == 9 && length > width * 2) {
                // uneven: an extra base in the middle of the record's first line
                int at = text.lastIndexOf(">");
                int firstLine = text.indexOf(eol, at) + eol.length();
                text.insert(firstLine + 1 + (random.nextBoolean() ? width : 0), 'A');
            }
        }
        if (flavour == 8) {
            text.insert(0, eol + eol);
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Property(tries = 400)
    void piecesJoinToTheNaiveIndex(@ForAll("fastas") Case c) {
        List<FaiEntry> expected;
        try {
            expected = NaiveFasta.entries(NaiveFasta.parse(c.file()));
        } catch (IllegalArgumentException e) {
            assertThatThrownBy(() -> build(c.file(), new Random(c.seed())))
                    .isInstanceOf(RecordLines.UnevenLines.class);
            return;
        }
        assertThat(build(c.file(), new Random(c.seed())))
                .as("index of %s", new String(c.file(), StandardCharsets.ISO_8859_1))
                .isEqualTo(expected);
    }

    /**
     * Cuts each record's bytes (from its header's line end up to the next header) into random
     * pieces, scans each with a fresh scanner fed in random chunks, and joins them.
     */
    static List<FaiEntry> build(byte[] file, Random random) {
        List<FaiEntry> entries = new ArrayList<>();
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int header = text.startsWith(">") ? 0 : text.indexOf("\n>") + 1;
        while (header >= 0 && header < file.length) {
            int terminator = header;
            while (terminator < file.length && file[terminator] != '\n' && file[terminator] != '\r') {
                terminator++;
            }
            int next = text.indexOf("\n>", terminator);
            int end = next < 0 ? file.length : next + 1;
            String name = text.substring(header + 1, terminator).split(" ", 2)[0];
            RecordLines record = RecordLines.afterHeader(name);
            int at = terminator;
            while (at < end) {
                int piece = Math.min(end - at, 1 + random.nextInt(random.nextBoolean() ? 4 : 40));
                record.append(scan(file, at, piece, random));
                at += piece;
            }
            FaiEntry entry = record.finish();
            if (entry != null) {
                entries.add(entry);
            }
            header = next < 0 ? -1 : next + 1;
        }
        return entries;
    }

    static LineSummary scan(byte[] file, int from, int length, Random random) {
        LineScanner scanner = new LineScanner();
        scanner.reset(from);
        int at = from;
        while (at < from + length) {
            int chunk = Math.min(from + length - at, 1 + random.nextInt(20));
            ByteBuffer buffer = ByteBuffer.wrap(file, at, chunk).slice().order(ByteOrder.LITTLE_ENDIAN);
            scanner.add(buffer, at);
            at += chunk;
        }
        return scanner.finish();
    }

    @Property(tries = 200)
    void specialMarksExactlyTheNonPrintableBytes(@ForAll long word) {
        long mask = LineScanner.special(word);
        for (int i = 0; i < 8; i++) {
            int b = (int) (word >>> (8 * i)) & 0xff;
            boolean printable = b > ' ' && b < 0x7F;
            assertThat((mask >>> (8 * i + 7) & 1) == 1).as("byte %02x", b).isEqualTo(!printable);
        }
    }
}
