package io.mapchunk.cli.output;

import io.mapchunk.format.RecordName;
import io.mapchunk.io.Bytes;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.job.CountResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code seqtk comp}'s 13 columns: chr, length, #A, #C, #G, #T, #2, #3, #4, #CpG, #tv, #ts,
 * #CpG-ts. #CpG counts bases in (C|Y)(G|R) context (two per pair); #tv are M S W K, #ts are R Y.
 *
 * <p>chr is the name as seqtk reads it, which differs from mapchunk's (samtools') name: the bytes
 * after {@code >} up to the first whitespace of any kind, so a header that starts with a blank
 * ({@code >  chr1}) has an empty name. Those names are read in a pass over the header lines of
 * the file (sequence lines are skipped at a byte-compare each).
 */
public final class SeqtkCompFormat implements CountFormat {

    private static final int BLOCK = 1 << 20;

    @Override
    public void write(CountResult result, OutputStream out) throws IOException {
        List<SequenceCount> records = result.records();
        List<String> names = headerNames(Path.of(result.input()));
        if (names.size() != records.size()) {
            // a raw sequence file has no header: its one record keeps its name
            names = records.stream().map(SequenceCount::name).toList();
        }
        write(records, names, out);
    }

    /** The rows of {@code records}, named {@code names} (one each, in order). */
    public static void write(List<SequenceCount> records, List<String> names, OutputStream out)
            throws IOException {
        BufferedWriter writer = TextRows.writer(out);
        for (int i = 0; i < records.size(); i++) {
            BaseCounts c = records.get(i).counts();
            writer.write(names.get(i) + '\t' + c.length + '\t' + c.a + '\t' + c.c + '\t' + c.g
                    + '\t' + c.t + '\t' + c.iupac2() + '\t' + c.iupac3() + '\t' + c.iupac4OrOther()
                    + '\t' + 2 * c.cpgContextPairs + '\t' + (c.s + c.w + c.k + c.m) + '\t'
                    + (c.r + c.y) + '\t' + c.cpgContextTransitions + '\n');
        }
        writer.flush();
    }

    /**
     * The name seqtk gives each header line ({@code >} at a line start; lines end at \n or \r), in
     * file order, as ISO-8859-1 chars like mapchunk's names.
     */
    static List<String> headerNames(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        StringBuilder name = null; // non-null while in a header's name
        boolean inHeader = false;
        boolean lineStart = true;
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        byte[] bytes = buffer.array();
        try (FileChannel channel = FileChannel.open(file)) {
            for (int read = channel.read(buffer); read >= 0; read = channel.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    byte b = bytes[i];
                    boolean lineEnd = Bytes.isLineEnd(b);
                    if (inHeader) {
                        if (name != null && (lineEnd || RecordName.isBlank(b))) {
                            names.add(name.toString());
                            name = null;
                        } else if (name != null) {
                            name.append((char) (b & 0xff));
                        }
                        inHeader = !lineEnd;
                    } else if (lineStart && b == '>') {
                        inHeader = true;
                        name = new StringBuilder();
                    }
                    lineStart = lineEnd;
                }
                buffer.clear();
            }
        }
        if (name != null) {
            names.add(name.toString());
        }
        return names;
    }
}
