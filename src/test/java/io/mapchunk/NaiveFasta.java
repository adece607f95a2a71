package io.mapchunk;

import io.mapchunk.format.FaiEntry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test reference: a single-threaded, line-by-line reading of a whole FASTA file in memory, written
 * from samtools faidx's documented rules independently of the production code.
 */
public final class NaiveFasta {

    /** A record: its index entry and its bases. */
    public record Record(FaiEntry entry, byte[] bases) {}

    private NaiveFasta() {}

    public static List<Record> read(Path path) throws java.io.IOException {
        return parse(java.nio.file.Files.readAllBytes(path));
    }

    /** Parses like samtools; throws IllegalArgumentException where samtools' rules are broken. */
    public static List<Record> parse(byte[] file) {
        List<Record> records = new ArrayList<>();
        int at = 0;
        String name = null;
        long offset = 0;
        long width = 0;
        long lineBases = 0;
        boolean ended = false;
        boolean any = false;
        ByteArrayOutputStream bases = new ByteArrayOutputStream();
        while (at < file.length) {
            int end = at;
            while (end < file.length && file[end] != '\n') {
                end++;
            }
            if (file[at] == '>') {
                if (name != null && any) {
                    records.add(record(name, offset, lineBases, width, bases));
                }
                String header = new String(file, at + 1, end - at - 1, StandardCharsets.ISO_8859_1);
                name = header.split("[ \t\r]", 2)[0];
                offset = end + 1;
                width = 0;
                ended = false;
                any = false;
                bases.reset();
            } else {
                int content = end - at;
                boolean cr = content > 0 && file[end - 1] == '\r';
                int count = content - (cr ? 1 : 0);
                if (name == null) {
                    if (count > 0) {
                        throw new IllegalArgumentException("sequence before first header");
                    }
                } else if (count == 0) {
                    if (width == 0 && !ended && content == 1) {
                        width = 2; // a first line of only \r: samtools lists a record of length 0
                        any = true;
                    }
                    ended = true;
                } else if (ended) {
                    throw new IllegalArgumentException("sequence after the end of " + name);
                } else {
                    long lineWidth = content + 1;
                    if (width == 0) {
                        width = lineWidth;
                        lineBases = count;
                    } else if (lineWidth > width) {
                        throw new IllegalArgumentException("longer line in " + name);
                    } else if (lineWidth < width) {
                        ended = true;
                    }
                    bases.write(file, at, count);
                    any = true;
                }
            }
            at = end + 1;
        }
        if (name != null && any) {
            records.add(record(name, offset, lineBases, width, bases));
        }
        return records;
    }

    private static Record record(String name, long offset, long lineBases, long width,
            ByteArrayOutputStream bases) {
        byte[] b = bases.toByteArray();
        return new Record(new FaiEntry(name, b.length, offset, lineBases, width), b);
    }

    public static List<FaiEntry> entries(List<Record> records) {
        return records.stream().map(Record::entry).toList();
    }
}
