package io.mapchunk.format;

import io.mapchunk.io.ChannelReads;
import io.mapchunk.io.Bytes;
import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputLocation;
import io.mapchunk.io.InputFileException;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A samtools-compatible FASTA index: the records of a file in file order, read from or written as
 * {@code .fai} text, and checked against the file it claims to describe.
 *
 * <p>Names are kept as ISO-8859-1 strings so that they round-trip byte for byte.
 */
public final class FastaIndex implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int GAP_LIMIT = 1 << 16;

    private final List<FaiEntry> entries;

    public FastaIndex(List<FaiEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            Integer previous = seen.putIfAbsent(this.entries.get(i).name(), i);
            if (previous != null) {
                throw new InputFileException("duplicate sequence name '" + this.entries.get(i).name()
                        + "' (records " + (previous + 1) + " and " + (i + 1) + ")");
            }
        }
    }

    /** The index file samtools uses for {@code input}: {@code input + ".fai"}. */
    public static Path pathFor(Path input) {
        return input.resolveSibling(input.getFileName() + ".fai");
    }

    public List<FaiEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public FaiEntry get(int ordinal) {
        return entries.get(ordinal);
    }

    /** Writes the index as samtools does: five tab-separated columns, one line per record. */
    public void write(OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (FaiEntry entry : entries) {
            text.append(entry.toLine()).append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Reads a {@code .fai} file; malformed lines fail with the file name and line number. */
    public static FastaIndex read(Path fai) {
        return read(InputLocation.of(fai));
    }

    /** Reads a {@code .fai} file, local or on another file system. */
    public static FastaIndex read(InputLocation fai) {
        List<FaiEntry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                fai.openStream(), StandardCharsets.ISO_8859_1))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                entries.add(parse(fai, number, line));
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new InputFileException(fai + ": no such index file");
        } catch (IOException e) {
            throw new InputFileException(fai + ": cannot read: " + e.getMessage());
        }
        try {
            return new FastaIndex(entries);
        } catch (InputFileException e) {
            throw new InputFileException(fai + ": " + e.getMessage());
        }
    }

    private static FaiEntry parse(InputLocation fai, int number, String line) {
        String[] fields = line.split("\t");
        if (fields.length != 5) {
            throw new InputFileException(fai + ": line " + number + " is not a FASTA index line"
                    + " (want NAME LENGTH OFFSET LINEBASES LINEWIDTH; FASTQ indexes are not supported)");
        }
        try {
            return new FaiEntry(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                    Long.parseLong(fields[3]), Long.parseLong(fields[4]));
        } catch (IllegalArgumentException e) {
            throw new InputFileException(fai + ": line " + number + ": " + e.getMessage());
        }
    }

    /**
     * Checks that this index describes {@code file}: every record lies inside the file in order,
     * each full line ends where the index says, each record's header (with its name) sits in the
     * gap before it, and nothing but line ends follows the last record. Reads a few bytes per record.
     *
     * @throws InputFileException naming the index, the record and what does not match
     */
    public void validate(SequenceFile file, Path fai) {
        validate(file, InputLocation.of(fai));
    }

    /** As {@link #validate(SequenceFile, Path)}, for an index on any file system. */
    public void validate(SequenceFile file, InputLocation fai) {
        String stale = fai + " does not match " + file.path() + " (stale or foreign index; delete it"
                + " or rebuild it with 'mapchunk index')";
        try (FileChannel channel = InputChannels.open(InputLocation.of(file.path()))) {
            long previousEnd = 0;
            for (int i = 0; i < entries.size(); i++) {
                FaiEntry entry = entries.get(i);
                String where = stale + ": record '" + entry.name() + "'";
                long end = entry.endOffset();
                if (entry.offset() < previousEnd || end > file.size()) {
                    throw new InputFileException(where + " lies outside the file (size "
                            + file.size() + ")");
                }
                if (file.format().headerLines()) {
                    checkHeader(channel, previousEnd, entry, where);
                } else if (entries.size() != 1 || entry.offset() != 0) {
                    throw new InputFileException(where + ": a raw file has one record at offset 0");
                }
                if (entry.length() > entry.lineBases()) {
                    byte terminator = read(channel, entry.offset() + entry.lineBases(), 1)[0];
                    if (!Bytes.isLineEnd(terminator)) {
                        throw new InputFileException(where + ": no line end after its first line");
                    }
                }
                if (entry.length() > 0 && Bytes.isLineEnd(read(channel, end - 1, 1)[0])) {
                    throw new InputFileException(where + ": its last base is a line end");
                }
                previousEnd = end;
            }
            long rest = file.size() - previousEnd;
            if (rest > GAP_LIMIT) {
                throw new InputFileException(stale + ": " + rest + " bytes follow the last record");
            }
            for (byte b : read(channel, previousEnd, (int) rest)) {
                if (!Bytes.isLineEnd(b)) {
                    throw new InputFileException(stale + ": data follows the last record");
                }
            }
        } catch (IOException e) {
            throw new InputFileException(file.path() + ": cannot read: " + e.getMessage());
        }
    }

    private static void checkHeader(FileChannel channel, long gapStart, FaiEntry entry, String where)
            throws IOException {
        long gap = entry.offset() - gapStart;
        if (gap > GAP_LIMIT || gap < 2) {
            throw new InputFileException(where + ": no header line right before offset "
                    + entry.offset());
        }
        byte[] bytes = read(channel, gapStart, (int) gap);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int header = text.lastIndexOf("\n>", text.length() - 2);
        int start = header >= 0 ? header + 2 : (gapStart == 0 && text.startsWith(">") ? 1 : -1);
        if (bytes[bytes.length - 1] != '\n' || start < 0) {
            throw new InputFileException(where + ": no header line right before offset "
                    + entry.offset());
        }
        String name = RecordName.of(text, start);
        if (!name.equals(entry.name())) {
            throw new InputFileException(where + ": the header before offset " + entry.offset()
                    + " names '" + name + "'");
        }
    }

    /** {@code length} bytes at {@code offset}, read whole; a shorter file is an error. */
    static byte[] read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        int read = ChannelReads.fill(channel, buffer, offset);
        if (read < length) {
            throw new IOException("unexpected end of file at byte " + (offset + read));
        }
        return buffer.array();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FastaIndex other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "FastaIndex" + Arrays.toString(entries.toArray());
    }
}
