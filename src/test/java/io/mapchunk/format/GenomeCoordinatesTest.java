package io.mapchunk.format;

import io.mapchunk.NaiveFasta;
import io.mapchunk.analysis.index.IndexBuildTest;
import io.mapchunk.testing.RandomFasta;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every method of {@link GenomeCoordinates} against a naive walk over the file's bytes: from each
 * record's offset, every byte that is not a line end is the next base until the record's length is
 * reached, and a line ends after each {@code \n}.
 */
class GenomeCoordinatesTest {

    /**
     * What the walk found for one record: the offset of each base; per line {first byte, end of
     * its bases, position of its first base}; per byte from its offset to its end, its line.
     */
    record Walk(FaiEntry entry, long[] baseOffsets, List<long[]> lines, int[] lineAt) {}

    static List<Walk> walk(byte[] file, List<FaiEntry> entries) {
        List<Walk> walks = new ArrayList<>();
        for (FaiEntry entry : entries) {
            long[] bases = new long[(int) entry.length()];
            List<long[]> lines = new ArrayList<>();
            int found = 0;
            int at = (int) entry.offset();
            long[] line = null;
            List<Integer> lineAt = new ArrayList<>();
            while (found < bases.length) {
                if (line == null) {
                    line = new long[] {at, at, found};
                    lines.add(line);
                }
                lineAt.add(lines.size() - 1);
                if (file[at] != '\n' && file[at] != '\r') {
                    bases[found++] = at;
                    line[1] = at + 1;
                } else if (file[at] == '\n') {
                    line = null;
                }
                at++;
            }
            walks.add(new Walk(entry, bases, lines, lineAt.stream().mapToInt(i -> i).toArray()));
        }
        return walks;
    }

    @Property(tries = 500)
    void agreesWithANaiveWalkOverRandomFasta(@ForAll long seed) {
        byte[] file = RandomFasta.generate(seed);
        List<FaiEntry> entries;
        try {
            entries = NaiveFasta.entries(NaiveFasta.parse(file));
        } catch (IllegalArgumentException e) {
            return; // uneven lines: no .fai describes the file
        }
        checkAgainstWalk(file, entries);
    }

    @Property(tries = 300)
    void agreesWithANaiveWalkOverIndexTestFasta(@ForAll long seed) {
        Random random = new Random(seed);
        byte[] file = IndexBuildTest.randomFasta(random, random.nextInt(9)); // 9: uneven lines
        checkAgainstWalk(file, NaiveFasta.entries(NaiveFasta.parse(file)));
    }

    @Test
    void handlesEmptyRecordsAndCrlf() {
        String text = ">empty\r\n\r\n>a\r\nACGTA\r\nCG\r\n>b x\r\n\r\n>c\r\nAC\r\n>d\r\n\r\n";
        byte[] file = text.getBytes(StandardCharsets.ISO_8859_1);
        // as 'mapchunk index' and samtools write them: an empty record's first line is its width
        List<FaiEntry> entries = List.of(new FaiEntry("empty", 0, 8, 0, 2),
                new FaiEntry("a", 7, 14, 5, 7), new FaiEntry("b", 0, 31, 0, 2),
                new FaiEntry("c", 2, 37, 2, 4), new FaiEntry("d", 0, 45, 0, 2));
        checkAgainstWalk(file, entries);
        GenomeCoordinates coordinates = new GenomeCoordinates(new FastaIndex(entries));
        assertThat(coordinates.recordOfGenome(0)).as("empty records hold no coordinate")
                .isEqualTo(1);
        assertThat(coordinates.recordOfGenome(7)).isEqualTo(3);
    }

    @Test
    void survivesSerialization() throws Exception {
        byte[] file = ">a\nACGT\nAC\n>b\nGG\n".getBytes(StandardCharsets.ISO_8859_1);
        GenomeCoordinates coordinates = new GenomeCoordinates(
                new FastaIndex(NaiveFasta.entries(NaiveFasta.parse(file))));
        GenomeCoordinates copy = roundTrip(coordinates);
        assertThat(copy.recordOfGenome(6)).isEqualTo(coordinates.recordOfGenome(6));
        assertThat(copy.offsetOf(0, 5)).isEqualTo(coordinates.offsetOf(0, 5));
    }

    @Property(tries = 300)
    void recordOfFindsTheLastStartAtOrBefore(@ForAll long seed) {
        Random random = new Random(seed);
        long[] starts = new long[random.nextInt(8)];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = (i == 0 ? random.nextInt(3) : starts[i - 1]) + random.nextInt(3);
        }
        long last = starts.length == 0 ? 0 : starts[starts.length - 1];
        for (long value = -2; value < last + 3; value++) {
            int expected = -1;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] <= value) {
                    expected = i;
                }
            }
            assertThat(GenomeCoordinates.recordOf(starts, value))
                    .as("record of %d in %s", value, Arrays.toString(starts)).isEqualTo(expected);
        }
    }

    static void checkAgainstWalk(byte[] file, List<FaiEntry> entries) {
        GenomeCoordinates coordinates = new GenomeCoordinates(new FastaIndex(entries));
        List<Walk> walks = walk(file, entries);
        String layout = new String(file, StandardCharsets.ISO_8859_1).replace("\r", "\\r")
                .replace("\n", "\\n\n");
        assertThat(coordinates.size()).isEqualTo(entries.size());

        List<long[]> genome = new ArrayList<>(); // {record, pos, offset} in genome order
        for (int r = 0; r < walks.size(); r++) {
            Walk walk = walks.get(r);
            String where = "record " + r + " " + walk.entry() + " of\n" + layout;
            assertThat(coordinates.entry(r)).isEqualTo(walk.entry());
            assertThat(coordinates.genomeStart(r)).as(where).isEqualTo(genome.size());
            long end = walk.baseOffsets().length == 0 ? walk.entry().offset()
                    : walk.baseOffsets()[walk.baseOffsets().length - 1] + 1;
            assertThat(coordinates.endOffset(r)).as("end of %s", where).isEqualTo(end);
            for (int pos = 0; pos < walk.baseOffsets().length; pos++) {
                long offset = walk.baseOffsets()[pos];
                assertThat(coordinates.offsetOf(r, pos)).as("offset of %d in %s", pos, where)
                        .isEqualTo(offset);
                assertThat(coordinates.genomeOf(r, pos)).isEqualTo(genome.size());
                genome.add(new long[] {r, pos, offset});
            }
            for (int n = 0; n < walk.lines().size(); n++) {
                long[] line = walk.lines().get(n);
                assertThat(coordinates.lineOffset(r, n)).as("line %d of %s", n, where)
                        .isEqualTo(line[0]);
                assertThat(coordinates.lineBasesEnd(r, n)).as("bases end of line %d of %s", n,
                        where).isEqualTo(line[1]);
                assertThat(coordinates.linePosition(r, n)).as("position of line %d of %s", n, where)
                        .isEqualTo(line[2]);
            }
            for (int i = 0; i < walk.lineAt().length; i++) {
                assertThat(coordinates.lineOf(r, walk.entry().offset() + i))
                        .as("line of byte %d of %s", walk.entry().offset() + i, where)
                        .isEqualTo(walk.lineAt()[i]);
            }
        }

        for (int g = 0; g < genome.size(); g++) {
            long[] base = genome.get(g);
            assertThat(coordinates.recordOfGenome(g)).as("record of genome %d", g)
                    .isEqualTo(base[0]);
            assertThat(coordinates.offsetOf((int) base[0], g - coordinates.genomeStart(
                    (int) base[0]))).as("offset of genome %d", g).isEqualTo(base[2]);
        }

        int[] baseOf = new int[file.length + 1]; // the record whose base a byte is, or -1
        Arrays.fill(baseOf, -1);
        for (long[] base : genome) {
            baseOf[(int) base[2]] = (int) base[0];
        }
        long[] before = new long[walks.size()]; // bases of each record before the offset
        for (int offset = 0; offset <= file.length; offset++) {
            int record = -1;
            for (int r = 0; r < entries.size(); r++) {
                if (entries.get(r).offset() <= offset) {
                    record = r;
                }
            }
            assertThat(coordinates.recordAt(offset)).as("record at %d of\n%s", offset, layout)
                    .isEqualTo(record);
            for (int r = 0; r < walks.size(); r++) {
                assertThat(coordinates.positionAt(r, offset))
                        .as("position at %d in record %d of\n%s", offset, r, layout)
                        .isEqualTo(before[r]);
                assertThat(coordinates.isBase(r, offset))
                        .as("is %d a base of record %d in\n%s", offset, r, layout)
                        .isEqualTo(baseOf[offset] == r);
            }
            if (baseOf[offset] >= 0) {
                before[baseOf[offset]]++;
            }
        }
    }

    static GenomeCoordinates roundTrip(GenomeCoordinates coordinates)
            throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(coordinates);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            return (GenomeCoordinates) in.readObject();
        }
    }
}
